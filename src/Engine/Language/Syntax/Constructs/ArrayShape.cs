using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// The <c>[]</c> after a field type, with optional length bounds: <c>[1:10]</c>, <c>[1:]</c>, <c>[:3]</c>.
/// <see cref="Ranged"/> is the colon, which tells <c>[1:]</c> from <c>[1]</c>.
/// </summary>
public sealed record ArrayShape(string? Minimum, string? Maximum, bool Ranged, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The shape as written: <c>[]</c>, <c>[1:10]</c>, <c>[:3]</c>…</summary>
    public string Text => Ranged ? $"[{Minimum}:{Maximum}]" : $"[{Minimum}]";
}
