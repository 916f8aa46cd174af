namespace Platform.Data.Records.Sql;

/// <summary>Splits a PHP-style pattern (<c>/body/flags</c>, any non-alphanumeric delimiter) as the runtime's Patterns reads it.</summary>
internal static class RegexDelimiters
{
    public static (string Body, string Flags) Split(string pattern)
    {
        if (pattern.Length >= 2 && !char.IsLetterOrDigit(pattern[0]) && pattern[0] != '\\' && !char.IsWhiteSpace(pattern[0]))
        {
            var delimiter = pattern[0] switch { '(' => ')', '{' => '}', '[' => ']', '<' => '>', var same => same };
            var end = pattern.LastIndexOf(delimiter);
            if (end > 0)
                return (pattern[1..end], pattern[(end + 1)..]);
        }
        return (pattern, "");
    }
}
