using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
public sealed record ConditionalExpression(ExpressionNode Condition, ExpressionNode WhenTrue, ExpressionNode WhenFalse, SourceSpan Span) : ExpressionNode(Span);
