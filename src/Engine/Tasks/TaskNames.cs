using Platform.Engine.Naming;

namespace Platform.Engine.Tasks;

/// <summary>What a task name may be: anything printable that fits in a quoted XanoScript header name.</summary>
public static class TaskNames
{
    public const int MaxLength = 100;

    // Quotes and backslashes would need escapes in `task "name" {`; Xano's own names never use them.
    public static NameRule Rule { get; } = new("Task name", MaxLength, "\"\\");

    /// <summary>The name as written in a script header: bare when it is an identifier, quoted otherwise.</summary>
    public static string ToScriptName(string name) => IsIdentifier(name) ? name : $"\"{name}\"";

    public static bool IsIdentifier(string text) =>
        text.Length > 0
        && (char.IsAsciiLetter(text[0]) || text[0] == '_')
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
