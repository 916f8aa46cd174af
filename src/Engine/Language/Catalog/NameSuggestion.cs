namespace Platform.Engine.Language.Catalog;

/// <summary>The known name a misspelt one most likely meant, for "did you mean" hints on unknown filters and statements.</summary>
internal static class NameSuggestion
{
    /// <summary>" Did you mean 'x'?" for the closest candidate, or "" when none is close.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } match ? $" Did you mean '{match}'?" : "";

    /// <summary>
    /// A candidate whose last dotted part is the name (<c>remove</c> → <c>foreach.remove</c>), else the one within a
    /// few edits (a typo, a swapped pair of letters), else null. Earlier candidates win ties: list the likelier first.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var known = candidates.ToList();
        if (known.FirstOrDefault(c => c.EndsWith("." + name, StringComparison.Ordinal)) is { } qualified)
            return qualified;
        var allowed = Math.Max(1, name.Length / 5);
        return known
            .Select(candidate => (Candidate: candidate, Distance: Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    // Edits (insert, delete, replace, swap of neighbours) turning one text into the other.
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
            return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
