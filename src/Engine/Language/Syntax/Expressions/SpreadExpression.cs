using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>...value</c> inside an array or object.</summary>
public sealed record SpreadExpression(ExpressionNode Operand, SourceSpan Span) : ExpressionNode(Span);
