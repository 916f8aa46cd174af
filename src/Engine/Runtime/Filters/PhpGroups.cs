using System.Text.RegularExpressions;

namespace Platform.Engine.Runtime.Filters;

/// <summary>One capturing group as PHP numbers it, with the .NET group that holds its value.</summary>
internal readonly record struct PhpGroup(int DotNetNumber, string? Name);

/// <summary>
/// A pattern's capturing groups in PHP's order. PCRE numbers every group left to right; .NET numbers the unnamed
/// groups first and the named ones after them, so <c>/(?&lt;y&gt;\d+)-(\d+)/</c> has its groups swapped. Group 0 is
/// the whole match.
/// </summary>
internal sealed class PhpGroups
{
    private PhpGroups(IReadOnlyList<PhpGroup> groups) => Groups = groups;

    public IReadOnlyList<PhpGroup> Groups { get; }

    public bool HasNames => Groups.Any(group => group.Name is not null);

    public int Count => Groups.Count;

    /// <summary>The .NET group number of PHP's group <paramref name="number"/>, or -1 when the pattern has no such group.</summary>
    public int DotNetNumber(int number) => number < Groups.Count ? Groups[number].DotNetNumber : -1;

    public static PhpGroups Of(Regex regex)
    {
        var pattern = regex.ToString();
        var extended = regex.Options.HasFlag(RegexOptions.IgnorePatternWhitespace);
        var groups = new List<PhpGroup> { new(0, null) };
        var unnamed = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '#' when extended:
                    i = IndexOrEnd(pattern, '\n', i);
                    break;
                case '(' when i + 1 < pattern.Length && pattern[i + 1] == '?':
                    if (NameAt(pattern, i + 2) is { } name)
                        groups.Add(new PhpGroup(regex.GroupNumberFromName(name), name));
                    else if (i + 2 < pattern.Length && pattern[i + 2] == '#')
                        i = IndexOrEnd(pattern, ')', i);
                    break;
                case '(':
                    groups.Add(new PhpGroup(++unnamed, null));
                    break;
            }
        }
        return new PhpGroups(groups);
    }

    // The name of "(?<name>", "(?'name'" or "(?P<name>" starting after "(?"; null for lookbehinds and other groups.
    private static string? NameAt(string pattern, int i)
    {
        if (i < pattern.Length && pattern[i] == 'P')
            i++;
        if (i + 1 >= pattern.Length || pattern[i] is not ('<' or '\'') || !(char.IsLetter(pattern[i + 1]) || pattern[i + 1] == '_'))
            return null;
        var close = pattern[i] == '<' ? '>' : '\'';
        var end = pattern.IndexOf(close, i + 1);
        return end < 0 ? null : pattern[(i + 1)..end];
    }

    // The position of the "]" closing a character class that opens at i ("]" right after "[" or "[^" is a member).
    private static int EndOfClass(string pattern, int i)
    {
        i++;
        if (i < pattern.Length && pattern[i] == '^')
            i++;
        if (i < pattern.Length && pattern[i] == ']')
            i++;
        for (; i < pattern.Length && pattern[i] != ']'; i++)
        {
            if (pattern[i] == '\\')
                i++;
        }
        return i;
    }

    private static int IndexOrEnd(string pattern, char c, int from) => pattern.IndexOf(c, from) is var index and >= 0 ? index : pattern.Length;
}
