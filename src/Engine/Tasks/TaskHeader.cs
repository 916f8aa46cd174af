namespace Platform.Engine.Tasks;

/// <summary>
/// Reads and rewrites the <c>task &lt;name&gt;</c> header of a script without a full parse, so a rename
/// changes exactly the name token and nothing else of what the user wrote.
/// </summary>
public static class TaskHeader
{
    /// <summary>The header's name and where it is in the text, or null when the script does not start with one.</summary>
    public static TaskHeaderName? Find(string script)
    {
        var position = SkipBlankAndCommentLines(script, 0);
        if (!StartsWithWord(script, position, "task"))
            return null;
        position = SkipSpaces(script, position + "task".Length);
        return position < script.Length && script[position] == '"'
            ? ReadQuotedName(script, position)
            : ReadIdentifier(script, position);
    }

    /// <summary>The script with its header renamed, or null when it has no readable header.</summary>
    public static string? Rename(string script, string newName) =>
        RenameChange(script, newName) is { } change
            ? string.Concat(script.AsSpan(0, change.Start), change.NewText, script.AsSpan(change.End))
            : null;

    /// <summary>The edit that renames: the header's name replaced, the rest untouched; null without a readable header.</summary>
    public static Editing.TextChange? RenameChange(string script, string newName) =>
        Find(script) is { } header ? new Editing.TextChange(header.Start, header.Length, TaskNames.ToScriptName(newName)) : null;

    private static int SkipBlankAndCommentLines(string text, int position)
    {
        while (true)
        {
            position = SkipWhitespace(text, position);
            if (!text.AsSpan(position).StartsWith("//"))
                return position;
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0)
                return text.Length;
            position = lineEnd + 1;
        }
    }

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
            position++;
        return position;
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && (text[position] == ' ' || text[position] == '\t'))
            position++;
        return position;
    }

    private static bool StartsWithWord(string text, int position, string word) =>
        text.AsSpan(position).StartsWith(word, StringComparison.Ordinal)
        && (position + word.Length == text.Length || !IsIdentifierChar(text[position + word.Length]));

    private static TaskHeaderName? ReadIdentifier(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsIdentifierChar(text[end]))
            end++;
        var name = text[start..end];
        return TaskNames.IsIdentifier(name) ? new TaskHeaderName(name, start, end - start) : null;
    }

    private static TaskHeaderName? ReadQuotedName(string text, int start)
    {
        var close = text.IndexOf('"', start + 1);
        if (close < 0)
            return null;
        var name = text[(start + 1)..close];
        return name.Length == 0 || name.Contains('\n') || name.Contains('\\')
            ? null
            : new TaskHeaderName(name, start, close + 1 - start);
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

/// <summary>A task name as found in a script header: the name and the span of its token.</summary>
public sealed record TaskHeaderName(string Name, int Start, int Length);
