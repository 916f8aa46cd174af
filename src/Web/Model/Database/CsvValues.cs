using System.Globalization;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Web.Model.Database;

/// <summary>
/// Field values as CSV text, in one format both ways: what export writes, import reads back. An empty cell is null
/// and a quoted empty cell (<c>""</c>) an empty text; numbers are invariant; bools are true/false; timestamps are ISO 8601 UTC with milliseconds; json, object and
/// list values are compact JSON; everything else is its text. Text is passed to the record store as text, which
/// converts and validates it exactly as db.add does.
/// </summary>
public static class CsvValues
{
    public const string IdColumn = "id";
    public const string CreatedAtColumn = "created_at";

    /// <summary>The value's cell text; null for a null value, which is written as an empty cell (an empty text is quoted).</summary>
    public static string? Write(XsValue value) => value.Kind switch
    {
        ValueKind.Null => null,
        ValueKind.Bool => value.AsBool ? "true" : "false",
        ValueKind.Int => value.AsInt.ToString(CultureInfo.InvariantCulture),
        ValueKind.Decimal => value.AsDecimal.ToString("R", CultureInfo.InvariantCulture),
        ValueKind.Timestamp => FormatTimestamp(value.AsInt),
        ValueKind.Text => value.AsText,
        _ => JsonValues.Serialize(value),
    };

    /// <summary>A cell as the value to store in the field, or why it cannot be one.</summary>
    /// <param name="text">The cell: null when empty, "" when a quoted empty cell, which is an empty text in a text field and null elsewhere.</param>
    public static (XsValue Value, string? Error) Read(FieldType type, bool isList, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return (text is null || isList || type != FieldType.Text ? XsValue.Null : XsValue.Text(""), null);
        if (isList || type is FieldType.Json or FieldType.Object)
        {
            return JsonValues.TryParse(text, out var json)
                ? (json, null)
                : (XsValue.Null, $"expects {(isList ? "a JSON list" : "JSON")}; found '{Abbreviate(text)}', which is not valid JSON");
        }
        return (type switch
        {
            FieldType.Int or FieldType.Reference when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => XsValue.Int(whole),
            FieldType.Decimal when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => XsValue.Decimal(number),
            FieldType.Bool when text.Equals("true", StringComparison.OrdinalIgnoreCase) => XsValue.True,
            FieldType.Bool when text.Equals("false", StringComparison.OrdinalIgnoreCase) => XsValue.False,
            FieldType.Timestamp when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch) => XsValue.Int(epoch),
            _ => XsValue.Text(text),
        }, null);
    }

    public static string FormatTimestamp(long epochMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Abbreviate(string text, int max = 40) => text.Length <= max ? text : text[..max] + "…";
}
