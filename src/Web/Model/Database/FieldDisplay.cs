using System.Globalization;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Web.Model.Database;

/// <summary>How the grid shows a value: short, by type. Timestamps and bools have their own controls in the grid.</summary>
public static class FieldDisplay
{
    public const int MaxJsonLength = 60;
    public const string HiddenPassword = "••••••";

    public static string Text(FieldDefinition? field, XsValue value)
    {
        if (value.IsNull)
            return "";
        if (field?.Type == FieldType.Password)
            return HiddenPassword;
        return value.Kind switch
        {
            ValueKind.Decimal => value.AsDecimal.ToString("G15", CultureInfo.InvariantCulture),
            ValueKind.Int => value.AsInt.ToString(CultureInfo.InvariantCulture),
            ValueKind.Bool => value.AsBool ? "true" : "false",
            ValueKind.Text => value.AsText,
            ValueKind.Timestamp => CsvValues.FormatTimestamp(value.AsInt),
            _ => CsvValues.Abbreviate(JsonValues.Serialize(value), MaxJsonLength),
        };
    }

    public static string TypeName(FieldDefinition field) =>
        FieldShape.NameOf(field.Type) + (field.Type == FieldType.Reference && field.ReferenceTableName is { } target ? $" → {target}" : "") + (field.IsList ? "[]" : "");

    public static DateTime ToUtc(long epochMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds).UtcDateTime;
}
