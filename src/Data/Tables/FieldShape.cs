namespace Platform.Data.Tables;

/// <summary>What a field's values look like: the type, one value or a list, and an enum's allowed values.</summary>
public sealed record FieldShape(FieldType Type, bool IsList, IReadOnlyList<string> EnumValues)
{
    public string TypeName => NameOf(Type) + (IsList ? "[]" : "");

    public static FieldShape Of(TableField field) => new(field.Type, field.IsList, field.EnumValues);

    public static string NameOf(FieldType type) => type.ToString().ToLowerInvariant();

    public bool SameAs(FieldShape other) =>
        Type == other.Type && IsList == other.IsList && EnumValues.SequenceEqual(other.EnumValues, StringComparer.Ordinal);
}
