using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>Stands where an expression was expected but not found, so the tree stays whole after an error.</summary>
public sealed record MissingExpression(SourceSpan Span) : ExpressionNode(Span);
