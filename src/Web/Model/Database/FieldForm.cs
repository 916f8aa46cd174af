using System.Text.Json;
using Platform.Data.Tables;

namespace Platform.Web.Model.Database;

/// <summary>
/// The field designer's form: what the user edits, turned into the store's <see cref="FieldSpec"/>,
/// <see cref="FieldOptions"/> and <see cref="FieldTypeChange"/>. Defaults are typed as the user reads them (text
/// without quotes) and stored as JSON.
/// </summary>
public sealed class FieldForm
{
    public string Name { get; set; } = "";

    public FieldType Type { get; set; } = FieldType.Text;

    public bool IsList { get; set; }

    public bool IsNullable { get; set; } = true;

    public bool IsRequired { get; set; }

    public string Default { get; set; } = "";

    public bool IsUnique { get; set; }

    public bool IsIndexed { get; set; }

    /// <summary>An enum's values, one per line or separated by commas.</summary>
    public string EnumValues { get; set; } = "";

    public int? ReferenceTableId { get; set; }

    public string Description { get; set; } = "";

    public static IReadOnlyList<FieldType> Types { get; } = Enum.GetValues<FieldType>();

    public static FieldForm From(FieldDefinition field) => new()
    {
        Name = field.Name,
        Type = field.Type,
        IsList = field.IsList,
        IsNullable = field.IsNullable,
        IsRequired = field.IsRequired,
        Default = DefaultText(field.Type, field.IsList, field.DefaultJson),
        IsUnique = field.IsUnique,
        IsIndexed = field.IsIndexed,
        EnumValues = string.Join("\n", field.EnumValues),
        ReferenceTableId = field.ReferenceTableId,
        Description = field.Description ?? "",
    };

    public IReadOnlyList<string> EnumValueList =>
        [.. EnumValues.Split(['\n', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public FieldSpec ToSpec() => new(
        Name, Type, IsList, IsNullable, IsRequired, DefaultJson(), IsUnique, IsIndexed,
        Type == FieldType.Enum ? EnumValueList : null, Type == FieldType.Reference ? ReferenceTableId : null, Blank(Description));

    public FieldOptions ToOptions() => new(
        IsNullable, IsRequired, IsUnique, IsIndexed, DefaultJson(), Type == FieldType.Enum ? EnumValueList : null, Blank(Description));

    public FieldTypeChange ToTypeChange() =>
        new(Type, IsList, Type == FieldType.Enum ? EnumValueList : null, Type == FieldType.Reference ? ReferenceTableId : null);

    /// <summary>Whether saving needs a type change (with its conversion) rather than only new options.</summary>
    public bool ChangesTypeOf(FieldDefinition field) =>
        field.Type != Type || field.IsList != IsList
        || (Type == FieldType.Reference && field.ReferenceTableId != ReferenceTableId);

    public bool ChangesOptionsOf(FieldDefinition field) =>
        field.IsNullable != IsNullable || field.IsRequired != IsRequired || field.IsUnique != IsUnique || field.IsIndexed != IsIndexed
        || field.DefaultJson != DefaultJson() || (field.Description ?? "") != Description.Trim()
        || (Type == FieldType.Enum && !field.EnumValues.SequenceEqual(EnumValueList, StringComparer.Ordinal));

    /// <summary>The default as JSON: text-like single values are quoted for the user; numbers, bools and JSON are as typed.</summary>
    public string? DefaultJson()
    {
        var text = Default.Trim();
        if (text.Length == 0)
            return null;
        return IsTextLike(Type, IsList) && !(text.StartsWith('"') && text.EndsWith('"') && text.Length > 1)
            ? JsonSerializer.Serialize(text)
            : text;
    }

    private static string DefaultText(FieldType type, bool isList, string? json)
    {
        if (json is null)
            return "";
        if (IsTextLike(type, isList))
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.String)
                return document.RootElement.GetString() ?? "";
        }
        return json;
    }

    private static bool IsTextLike(FieldType type, bool isList) =>
        !isList && type is FieldType.Text or FieldType.Email or FieldType.Password or FieldType.Enum or FieldType.Uuid or FieldType.Date or FieldType.Timestamp;

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
