using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>Which ends of a text trimming strips.</summary>
public enum TrimEnds
{
    Both,
    Start,
    End,
}

/// <summary>
/// Text work shared by the text filters (<c>|trim</c>, <c>|contains</c>…) and the text statements
/// (<c>text.trim $x</c>, <c>text.contains $x</c>…), with PHP's rules.
/// </summary>
public static class TextOperations
{
    // PHP trim()'s default set: space, tab, newline, carriage return, NUL and vertical tab.
    private const string Whitespace = " \t\n\r\0\v";

    /// <summary>A value as text: null is "", numbers and booleans as <c>~</c> writes them; lists and objects are errors.</summary>
    public static string Of(XsValue value, string role, Func<string, ScriptErrorException> error) => value.Kind switch
    {
        ValueKind.Array or ValueKind.Object => throw error($"{role} must be text, not {ValueConversions.KindName(value)}."),
        _ => ValueConversions.ToText(value),
    };

    public static string Concat(string first, string second, string separator = "") => string.Concat(first, separator, second);

    /// <summary>
    /// PHP's trim, ltrim and rtrim: strips whitespace, or the characters listed (<c>"a..z"</c> is a range), from the ends.
    /// </summary>
    public static string Trim(string text, string? characters, TrimEnds ends)
    {
        var strip = CharacterSet(characters ?? Whitespace);
        var start = 0;
        var end = text.Length;
        if (ends != TrimEnds.End)
        {
            while (start < end && strip(text[start]))
                start++;
        }
        if (ends != TrimEnds.Start)
        {
            while (end > start && strip(text[end - 1]))
                end--;
        }
        return text[start..end];
    }

    private static Func<char, bool> CharacterSet(string characters)
    {
        var singles = new HashSet<char>();
        var ranges = new List<(char From, char To)>();
        for (var i = 0; i < characters.Length; i++)
        {
            if (i + 3 < characters.Length && characters[i + 1] == '.' && characters[i + 2] == '.' && characters[i + 3] >= characters[i])
            {
                ranges.Add((characters[i], characters[i + 3]));
                i += 3;
            }
            else
            {
                singles.Add(characters[i]);
            }
        }
        return c => singles.Contains(c) || ranges.Exists(range => c >= range.From && c <= range.To);
    }

    public static bool Contains(string text, string needle, bool ignoreCase) => text.Contains(needle, Comparison(ignoreCase));

    public static bool StartsWith(string text, string prefix, bool ignoreCase) => text.StartsWith(prefix, Comparison(ignoreCase));

    public static bool EndsWith(string text, string suffix, bool ignoreCase) => text.EndsWith(suffix, Comparison(ignoreCase));

    private static StringComparison Comparison(bool ignoreCase) => ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
