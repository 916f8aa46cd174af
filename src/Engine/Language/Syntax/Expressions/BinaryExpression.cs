using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// <c>left op right</c>. <see cref="NullSafe"/> is the query suffix <c>?</c> (<c>==?</c>, <c>in?</c>) that drops the
/// comparison when the right side is null.
/// </summary>
public sealed record BinaryExpression(ExpressionNode Left, BinaryOperator Operator, SourceSpan OperatorSpan, bool NullSafe, ExpressionNode Right, SourceSpan Span)
    : ExpressionNode(Span);
