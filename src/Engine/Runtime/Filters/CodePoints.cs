using System.Text;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Positions and lengths in characters as PHP's mb_ functions count them (Unicode code points), not in .NET's
/// UTF-16 units: "😀"|strlen is 1. Text without surrogate pairs, the usual case, takes the fast path.
/// </summary>
internal static class CodePoints
{
    public static int Count(string text) => HasPairs(text) ? text.EnumerateRunes().Count() : text.Length;

    /// <summary>The code-point position of a UTF-16 offset.</summary>
    public static int PositionOf(string text, int offset) => HasPairs(text) ? text[..offset].EnumerateRunes().Count() : offset;

    /// <summary>The UTF-16 offset of a code-point position (the text's length past the end).</summary>
    public static int OffsetOf(string text, int position)
    {
        if (!HasPairs(text))
            return Math.Min(position, text.Length);
        var offset = 0;
        for (var i = 0; i < position && offset < text.Length; i++)
            offset += char.IsSurrogatePair(text, offset) ? 2 : 1;
        return offset;
    }

    /// <summary>The text cut into its characters, pairs kept whole.</summary>
    public static IEnumerable<string> Split(string text) => text.EnumerateRunes().Select(rune => rune.ToString());

    private static bool HasPairs(string text) => text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');
}
