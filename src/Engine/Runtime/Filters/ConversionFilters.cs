using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Conversion filters (reference §8.7): types, data formats, URLs and byte encodings. Byte-level filters treat text
/// as bytes through <see cref="ByteText"/>; a null input gives null for decoders and "" for encoders of text.
/// </summary>
internal static partial class ConversionFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("to_text", call => XsValue.Text(call.InputText));
        registry.Add("to_int", call => XsValue.Int(ToInteger(call.Input)));
        registry.Add("to_decimal", call => XsValue.Decimal(ToDecimal(call.Input)));
        registry.Add("to_bool", call => XsValue.Bool(ToBool(call.Input)));
        registry.Add("to_expr", ToExpression);
        registry.Add("json_encode", call => XsValue.Text(JsonValues.Serialize(call.Input)));
        registry.Add("json_decode", JsonDecode);
        registry.Add("yaml_encode", YamlEncode);
        registry.Add("yaml_decode", YamlDecode);
        registry.Add("xml_decode", XmlDecode);
        registry.Add("csv_parse", CsvParse);
        registry.Add("csv_decode", CsvDecode);
        registry.Add("csv_encode", CsvEncode);
        registry.Add("csv_create", CsvCreate);
        registry.Add("url_encode", call => XsValue.Text(Formats.UrlText.Encode(call.InputText, rfc3986: false)));
        registry.Add("url_decode", call => XsValue.Text(Formats.UrlText.Decode(call.InputText, rfc3986: false)));
        registry.Add("url_encode_rfc3986", call => XsValue.Text(Formats.UrlText.Encode(call.InputText, rfc3986: true)));
        registry.Add("url_decode_rfc3986", call => XsValue.Text(Formats.UrlText.Decode(call.InputText, rfc3986: true)));
        registry.Add("url_parse", call => XsValue.Object(Formats.UrlText.Parse(call.InputText)));
        registry.Add("url_addarg", UrlAddArgument);
        registry.Add("url_delarg", UrlDeleteArgument);
        registry.Add("url_hasarg", call => XsValue.Bool(FindArgument(call) is not null));
        registry.Add("url_getarg", call => FindArgument(call) is { } argument
            ? XsValue.Text(Formats.UrlText.ArgumentValue(argument))
            : call.ArgumentOr(1, XsValue.Null));
        registry.Add("querystring_parse", call => Formats.UrlText.ParseQuery(call.InputText));
        registry.Add("base64_encode", call => XsValue.Text(Convert.ToBase64String(InputBytes(call))));
        registry.Add("base64_decode", call => Bytes(Base64Decode(call, call.InputText)));
        registry.Add("base64_encode_urlsafe", call => XsValue.Text(Base64UrlEncode(InputBytes(call))));
        registry.Add("base64_decode_urlsafe", call => Bytes(Base64Decode(call, call.InputText.Replace('-', '+').Replace('_', '/'))));
        registry.Add("hex2bin", HexToBytes);
        registry.Add("bin2hex", call => XsValue.Text(Convert.ToHexStringLower(InputBytes(call))));
    }

    /// <summary>PHP's (int) cast: decimals are cut toward zero, text gives its leading number, lists and objects are 0 when empty and 1 otherwise.</summary>
    public static long ToInteger(XsValue value) => value.Kind switch
    {
        ValueKind.Int or ValueKind.Timestamp => value.AsInt,
        ValueKind.Decimal => Truncate(value.AsDecimal),
        ValueKind.Text => Truncate(ValueConversions.LeadingNumber(value.AsText)),
        _ => ValueConversions.IsTruthy(value) ? 1 : 0,
    };

    /// <summary>PHP's (float) cast, with the same rules as <see cref="ToInteger"/>.</summary>
    public static double ToDecimal(XsValue value) => value.Kind switch
    {
        ValueKind.Int or ValueKind.Timestamp => value.AsInt,
        ValueKind.Decimal => value.AsDecimal,
        ValueKind.Text => ValueConversions.LeadingNumber(value.AsText),
        _ => ValueConversions.IsTruthy(value) ? 1 : 0,
    };

    /// <summary>
    /// Text is true when it says so ("true", "1", "yes", "on", any case; PHP's FILTER_VALIDATE_BOOLEAN) and false
    /// otherwise; other values by truthiness.
    /// </summary>
    public static bool ToBool(XsValue value) => value.Kind == ValueKind.Text
        ? value.AsText.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on"
        : ValueConversions.IsTruthy(value);

    // Out-of-range and non-finite decimals give 0, as PHP 8 on 64-bit does.
    private static long Truncate(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 9.2e18 ? (long)Math.Truncate(value) : 0;

    private static XsValue ToExpression(FilterCall call) =>
        call.Input.Kind == ValueKind.Text ? call.Environment.EvaluateText(call.Input.AsText) : call.Input;

    private static XsValue JsonDecode(FilterCall call)
    {
        if (call.Input.Kind is ValueKind.Array or ValueKind.Object)
            throw call.Error($"it reads JSON text, not {ValueConversions.KindName(call.Input)}.");
        if (call.Input.IsNull)
            return XsValue.Null;
        try
        {
            return JsonValues.Parse(call.InputText);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw call.Error($"the text is not valid JSON ({FirstSentence(e.Message)}).");
        }
    }

    private static XsValue YamlEncode(FilterCall call) => XsValue.Text(Formats.YamlValues.Serialize(call.Input));

    private static XsValue YamlDecode(FilterCall call)
    {
        try
        {
            return call.Input.IsNull ? XsValue.Null : Formats.YamlValues.Parse(call.InputText);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw call.Error($"the text is not valid YAML ({FirstSentence(e.Message)}).");
        }
    }

    private static XsValue XmlDecode(FilterCall call)
    {
        try
        {
            return call.Input.IsNull ? XsValue.Null : Formats.XmlValues.Parse(call.InputText);
        }
        catch (System.Xml.XmlException e)
        {
            throw call.Error($"the text is not valid XML ({FirstSentence(e.Message)}).");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    private static byte[] InputBytes(FilterCall call) => ByteText.GetBytes(call.InputText);

    private static XsValue Bytes(byte[] bytes) => XsValue.Text(ByteText.FromBytes(bytes));

    /// <summary>Base64 without padding, with - and _ for + and / (RFC 4648 §5).</summary>
    public static string Base64UrlEncode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Base64 text to bytes; whitespace is ignored and missing padding is added.</summary>
    public static byte[] Base64Decode(FilterCall call, string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var padded = compact.TrimEnd('=').PadRight((compact.TrimEnd('=').Length + 3) / 4 * 4, '=');
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            throw call.Error("the text is not valid base64.");
        }
    }

    private static XsValue HexToBytes(FilterCall call)
    {
        var text = call.InputText.Trim();
        if (text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
            throw call.Error("it needs an even number of hexadecimal digits (0-9, a-f).");
        return Bytes(Convert.FromHexString(text));
    }
}
