using Platform.Engine.Naming;

namespace Platform.Data.Tables;

/// <summary>What table and field names may be.</summary>
public static class TableNames
{
    public const int MaxLength = WorkspaceTableConfiguration.NameMaxLength;

    /// <summary>Table names follow task names: printable, one line, no quote or backslash (they appear in scripts).</summary>
    public static NameRule Rule { get; } = new("Table name", MaxLength, "\"\\");

    /// <summary>Every record has these; no field may take their names.</summary>
    public static IReadOnlyList<string> ReservedFields { get; } = ["id", "created_at"];

    private static readonly NameRule FieldRule = new("Field name", TableFieldConfiguration.NameMaxLength);

    /// <summary>
    /// Field names are identifiers, since scripts write them as <c>$db.table.field</c> and records store them as JSON keys.
    /// </summary>
    public static NameCheck CheckField(string? raw)
    {
        var check = FieldRule.Check(raw);
        if (!check.IsValid)
            return check;
        var name = check.Name;
        if (!IsIdentifier(name))
            return NameCheck.Invalid($"Field name '{name}' must start with a letter or '_' and contain only letters, digits and '_'.");
        if (ReservedFields.Contains(name, StringComparer.OrdinalIgnoreCase))
            return NameCheck.Invalid($"Field name '{name}' is reserved: every record has 'id' and 'created_at'.");
        return check;
    }

    private static bool IsIdentifier(string text) =>
        (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
