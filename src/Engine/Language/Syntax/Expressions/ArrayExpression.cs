using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>[a, b]</c>. <see cref="MultiLine"/> remembers whether the author spread it over lines.</summary>
public sealed record ArrayExpression(IReadOnlyList<ArrayElement> Elements, IReadOnlyList<Comment> DanglingComments, bool MultiLine, SourceSpan Span)
    : ExpressionNode(Span);
