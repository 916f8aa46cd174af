using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Data.Tables;

/// <summary>
/// How a stored value (JSON) becomes a value of another field type. A value converts when the new type can hold its
/// meaning ("42" → 42, 3.6 → 4, 1 → true, a timestamp → its UTC date); otherwise it is lost (null). Lists convert
/// element by element and are lost when any element is. Rules per type pair are in docs/architecture.md.
/// </summary>
public static class FieldConversion
{
    /// <summary>The value as the target shape would store it (JSON), or null when it cannot convert.</summary>
    public static string? Convert(JsonElement value, FieldShape from, FieldShape to)
    {
        if (from.Type == FieldType.Password && to.Type != FieldType.Password)
            return null; // a hash means nothing as any other type
        if (to.Type == FieldType.Password && from.Type != FieldType.Password)
            return null; // plain values must never be kept as if they were hashed
        if (to.Type == FieldType.Json)
            return value.GetRawText();
        if (to.IsList)
            return value.ValueKind == JsonValueKind.Array ? ConvertList(value, to) : Wrap(ConvertScalar(value, to));
        if (value.ValueKind == JsonValueKind.Array && to.Type != FieldType.Text)
            return value.GetArrayLength() == 1 ? ConvertScalar(value[0], to) : null;
        return ConvertScalar(value, to);
    }

    /// <summary>True when the value is already exactly what a field of the shape stores (used for defaults).</summary>
    public static bool Fits(JsonElement value, FieldShape shape) =>
        Convert(value, shape, shape) is { } converted && IsSame(value, converted);

    /// <summary>True when the converted JSON is the value it came from, so the record need not be written.</summary>
    public static bool IsSame(JsonElement original, string converted)
    {
        using var parsed = JsonDocument.Parse(converted);
        return JsonElement.DeepEquals(original, parsed.RootElement);
    }

    private static string? Wrap(string? element) => element is null ? null : $"[{element}]";

    private static string? ConvertList(JsonElement array, FieldShape to)
    {
        var elements = new List<string>();
        foreach (var element in array.EnumerateArray())
        {
            if (ConvertScalar(element, to) is not { } converted)
                return null;
            elements.Add(converted);
        }
        return $"[{string.Join(",", elements)}]";
    }

    private static string? ConvertScalar(JsonElement value, FieldShape to) => to.Type switch
    {
        FieldType.Int => ToInteger(value, minimum: long.MinValue),
        FieldType.Reference => ToInteger(value, minimum: 1),
        FieldType.Decimal => ToDecimal(value),
        FieldType.Text => ToText(value),
        FieldType.Password => value.ValueKind == JsonValueKind.String ? value.GetRawText() : null,
        FieldType.Email => ToEmail(value),
        FieldType.Bool => ToBool(value),
        FieldType.Timestamp => ToTimestamp(value),
        FieldType.Date => ToDate(value),
        FieldType.Uuid => value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var uuid) ? Quote(uuid.ToString("D")) : null,
        FieldType.Enum => Text(value) is { } text && to.EnumValues.Contains(text, StringComparer.Ordinal) ? Quote(text) : null,
        FieldType.Object => ToObject(value),
        FieldType.Json => value.GetRawText(),
        _ => null,
    };

    private static string? ToInteger(JsonElement value, long minimum)
    {
        long? number = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : Round(value.GetDouble()),
            JsonValueKind.String => ParseInteger(value.GetString()!),
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            _ => null,
        };
        return number >= minimum ? number.Value.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static long? ParseInteger(string text)
    {
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return whole;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Round(number) : null;
    }

    private static long? Round(double number) =>
        double.IsFinite(number) && Math.Abs(number) < 9.2e18 ? (long)Math.Round(number, MidpointRounding.AwayFromZero) : null;

    private static string? ToDecimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => double.TryParse(value.GetString()!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : null,
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        _ => null,
    };

    private static string ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetRawText(),
        JsonValueKind.True => Quote("true"),
        JsonValueKind.False => Quote("false"),
        _ => Quote(value.GetRawText()),
    };

    private static string? ToEmail(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
            return null;
        var text = value.GetString()!.Trim();
        return FieldText.IsEmail(text) ? Quote(text) : null;
    }

    private static string? ToBool(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number when value.TryGetInt64(out var number) && number is 0 or 1 => number == 1 ? "true" : "false",
        JsonValueKind.String => value.GetString()!.Trim().ToLowerInvariant() switch
        {
            "true" or "1" => "true",
            "false" or "0" => "false",
            _ => null,
        },
        _ => null,
    };

    private static string? ToTimestamp(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
            return ToInteger(value, long.MinValue);
        if (value.ValueKind != JsonValueKind.String)
            return null;
        var text = value.GetString()!.Trim();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds)
            || FieldText.TryParseInstant(text, out milliseconds))
            return milliseconds.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private static string? ToDate(JsonElement value)
    {
        DateOnly? date = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var milliseconds) && milliseconds is > -62135596800000 and < 253402300800000 =>
                FieldText.DateOfInstant(milliseconds),
            JsonValueKind.String => FieldText.TryParseDate(value.GetString()!.Trim(), out var parsed) ? parsed : null,
            _ => null,
        };
        return date is { } day ? Quote(FieldText.Format(day)) : null;
    }

    private static string? ToObject(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
            return value.GetRawText();
        if (value.ValueKind != JsonValueKind.String)
            return null;
        try
        {
            using var parsed = JsonDocument.Parse(value.GetString()!);
            return parsed.RootElement.ValueKind == JsonValueKind.Object ? parsed.RootElement.GetRawText() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The value as text, for enum membership: a string as it is, a number as written.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    // Stored text stays readable (no \u escapes for accents); the JSON is still valid, and never placed in SQL text.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string text) => JsonSerializer.Serialize(text, Readable);

    /// <summary>The value as compact, readable JSON.</summary>
    public static string Compact(JsonElement value) => JsonSerializer.Serialize(value, Readable);
}
