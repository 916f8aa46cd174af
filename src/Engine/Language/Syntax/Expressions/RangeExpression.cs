using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>start..end</c>: the whole numbers from start to end, both included.</summary>
public sealed record RangeExpression(ExpressionNode Start, ExpressionNode End, SourceSpan Span) : ExpressionNode(Span);
