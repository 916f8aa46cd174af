using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>An extra in a header, such as <c>verb=GET</c> in <c>query "users" verb=GET</c>.</summary>
public sealed record HeaderArgument(string Name, ExpressionNode Value, SourceSpan Span) : SyntaxNode(Span);
