namespace Platform.Engine.Language.Parsing;

/// <summary>Hands out one string per distinct name, so a long script does not allocate the same name thousands of times.</summary>
internal sealed class StringTable
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringTable() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var existing))
            return existing;
        var created = text.ToString();
        _strings.Add(created);
        return created;
    }
}
