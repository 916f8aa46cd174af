using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>value between low:high</c> in a query (or <c>not between</c>).</summary>
public sealed record BetweenExpression(ExpressionNode Value, bool Negated, bool NullSafe, ExpressionNode Low, ExpressionNode High, SourceSpan Span)
    : ExpressionNode(Span);
