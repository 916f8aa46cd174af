using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>!value</c> or <c>-value</c>.</summary>
public sealed record UnaryExpression(UnaryOperator Operator, ExpressionNode Operand, SourceSpan Span) : ExpressionNode(Span);
