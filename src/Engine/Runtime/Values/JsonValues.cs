using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Platform.Engine.Runtime.Values;

/// <summary>Values to and from JSON (System.Text.Json). Timestamps are written as their epoch milliseconds.</summary>
public static class JsonValues
{
    public static string Serialize(XsValue value, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer, value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, XsValue value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                writer.WriteNullValue();
                break;
            case ValueKind.Bool:
                writer.WriteBooleanValue(value.AsBool);
                break;
            case ValueKind.Int or ValueKind.Timestamp:
                writer.WriteNumberValue(value.AsInt);
                break;
            case ValueKind.Decimal:
                WriteDecimal(writer, value.AsDecimal);
                break;
            case ValueKind.Text:
                writer.WriteStringValue(value.AsText);
                break;
            case ValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsArray)
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            case ValueKind.Object:
                writer.WriteStartObject();
                foreach (var (key, item) in value.AsObject)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
        }
    }

    // JSON has no NaN or infinity; like PHP's json_encode with partial output, they become 0.
    private static void WriteDecimal(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
            writer.WriteNumberValue(0);
        else if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
            writer.WriteRawValue(value.ToString("0", CultureInfo.InvariantCulture) + ".0", skipInputValidation: true);
        else
            writer.WriteNumberValue(value);
    }

    /// <summary>Parses JSON text; throws <see cref="JsonException"/> when it is not JSON.</summary>
    public static XsValue Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 128 });
        return FromElement(document.RootElement);
    }

    public static bool TryParse(string json, out XsValue value)
    {
        try
        {
            value = Parse(json);
            return true;
        }
        catch (JsonException)
        {
            value = XsValue.Null;
            return false;
        }
    }

    public static XsValue FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => XsValue.Null,
        JsonValueKind.True => XsValue.True,
        JsonValueKind.False => XsValue.False,
        JsonValueKind.String => XsValue.Text(element.GetString()),
        JsonValueKind.Number => element.TryGetInt64(out var whole) && !element.GetRawText().Contains('.', StringComparison.Ordinal)
            ? XsValue.Int(whole)
            : XsValue.Decimal(element.GetDouble()),
        JsonValueKind.Array => XsValue.Array(XsArray.Create(element.EnumerateArray().Select(FromElement))),
        _ => XsValue.Object(XsObject.Create(element.EnumerateObject().Select(p => new KeyValuePair<string, XsValue>(p.Name, FromElement(p.Value))))),
    };
}
