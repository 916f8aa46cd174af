using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>The <c>as $name</c> at the end of a statement that produces a value.</summary>
public sealed record BindingNode(ExpressionNode Variable, SourceSpan Span) : SyntaxNode(Span);
