using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>`$a + 1`</c>: an expression written as text, parsed here so it is checked and completed like any other.</summary>
public sealed record BacktickExpression(string Source, bool Triple, ExpressionNode? Expression, SourceSpan Span) : ExpressionNode(Span);
