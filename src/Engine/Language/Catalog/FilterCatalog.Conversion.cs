namespace Platform.Engine.Language.Catalog;

// Reference §8.7: type conversion, data formats (JSON, YAML, XML, CSV), URLs and byte encodings.
public static partial class FilterCatalog
{
    private static IEnumerable<FilterSchema> ConversionFilters() =>
    [
        Filter("to_text", FilterFamily.Conversion, "The value as text; decimals in their shortest round-trip form.", "1.344|to_text", "\"1.344\""),
        Filter("to_int", FilterFamily.Conversion, "The value as an integer; text gives its leading number, cut to a whole number.",
            "\"133.45 kg\"|to_int", "133"),
        Filter("to_decimal", FilterFamily.Conversion, "The value as a decimal; text gives its leading number.", "\"133.45 kg\"|to_decimal", "133.45"),
        Filter("to_bool", FilterFamily.Conversion, "The value as a boolean; the text \"true\" is true.", "\"true\"|to_bool", "true"),
        Filter("to_expr", FilterFamily.Conversion, "The value of the text evaluated as a XanoScript expression.", "\"(2 + 1) % 2\"|to_expr", "1"),
        Filter("json_encode", FilterFamily.Conversion, "The value as compact JSON text.",
            "{a: 1, b: [1, 2]}|json_encode", "\"{\\\"a\\\":1,\\\"b\\\":[1,2]}\""),
        Filter("json_decode", FilterFamily.Conversion, "The value read from JSON text.",
            "'{\"a\":1,\"b\":[1,2]}'|json_decode", "{\"a\":1,\"b\":[1,2]}"),
        Filter("yaml_encode", FilterFamily.Conversion, "The value as YAML text, ending with a newline.",
            "{a: 1, b: 2}|yaml_encode", "\"a: 1\\nb: 2\\n\""),
        Filter("yaml_decode", FilterFamily.Conversion, "The value read from YAML text.", "\"a: 1\\nb: 2\"|yaml_decode", "{\"a\":1,\"b\":2}"),
        Filter("xml_decode", FilterFamily.Conversion,
            "The XML as nested objects: each element is {name: {\"@attributes\", value}}, repeated children a list.",
            "\"<root><a>1</a><b>2</b></root>\"|xml_decode",
            "{\"root\":{\"@attributes\":[],\"value\":[{\"a\":{\"@attributes\":[],\"value\":\"1\"}},{\"b\":{\"@attributes\":[],\"value\":\"2\"}}]}}"),
        Filter("csv_parse", FilterFamily.Conversion, "The CSV text as an array of objects keyed by the header row.",
            "\"name,age\\nAnn,30\"|csv_parse", "[{\"name\":\"Ann\",\"age\":\"30\"}]", CsvOptions()),
        Filter("csv_decode", FilterFamily.Conversion, "The CSV text as an array of rows, each an array of text fields.",
            "\"a,b\\n1,2\"|csv_decode", "[[\"a\",\"b\"],[\"1\",\"2\"]]", CsvOptions()),
        Filter("csv_encode", FilterFamily.Conversion, "The array of rows as CSV text, one line per row.",
            "[[\"a\",\"b\"],[\"1\",\"2\"]]|csv_encode", "\"a,b\\n1,2\\n\"", CsvOptions()),
        Filter("csv_create", FilterFamily.Conversion, "CSV text with the input as the header row followed by the given rows.",
            "[\"name\",\"age\"]|csv_create:[[\"Ann\",30]]", "\"name,age\\nAnn,30\\n\"",
            [P("rows", "Array of rows, each an array of fields."), .. CsvOptions()]),
        Filter("url_encode", FilterFamily.Conversion, "The text percent-encoded for use in a URL.", "\"a&b=c\"|url_encode", "\"a%26b%3Dc\""),
        Filter("url_decode", FilterFamily.Conversion, "The percent-encoded text decoded.", "\"Hello%2C%20World%21\"|url_decode", "\"Hello, World!\""),
        Filter("url_encode_rfc3986", FilterFamily.Conversion, "The text percent-encoded per RFC 3986 (space as %20).",
            "\"a&b=c\"|url_encode_rfc3986", "\"a%26b%3Dc\""),
        Filter("url_decode_rfc3986", FilterFamily.Conversion, "The RFC 3986 percent-encoded text decoded.",
            "\"Hello%2C%20World%21\"|url_decode_rfc3986", "\"Hello, World!\""),
        Filter("url_parse", FilterFamily.Conversion, "The URL's parts: scheme, host, port, user, pass, path, query and fragment.",
            "\"https://user:pw@example.com:8080/path?foo=bar#frag\"|url_parse",
            "{\"scheme\":\"https\",\"host\":\"example.com\",\"port\":8080,\"user\":\"user\",\"pass\":\"pw\","
            + "\"path\":\"/path\",\"query\":\"foo=bar\",\"fragment\":\"frag\"}"),
        Filter("url_addarg", FilterFamily.Conversion, "The URL with a query argument added, its value encoded.",
            "\"https://example.com?foo=bar\"|url_addarg:\"fiz\":\"buz\"", "\"https://example.com?foo=bar&fiz=buz\"",
            P("name", "Argument name."), P("value", "Argument value."),
            Optional("rfc3986", "True to encode per RFC 3986; false when omitted.")),
        Filter("url_delarg", FilterFamily.Conversion, "The URL without the named query argument.",
            "\"https://example.com?foo=bar&fiz=buz\"|url_delarg:\"fiz\"", "\"https://example.com?foo=bar\"", P("name", "Argument name.")),
        Filter("url_hasarg", FilterFamily.Conversion, "True when the URL has the named query argument.",
            "\"https://example.com?foo=bar&fiz=buz\"|url_hasarg:\"fiz\"", "true", P("name", "Argument name.")),
        Filter("url_getarg", FilterFamily.Conversion, "The value of the named query argument of the URL, or the default.",
            "\"https://example.com?foo=bar&fiz=buz\"|url_getarg:\"fiz\"", "\"buz\"",
            P("name", "Argument name."), Optional("default", "Value when the argument is missing.")),
        Filter("querystring_parse", FilterFamily.Conversion, "The query string as an object of its arguments.",
            "\"foo=bar&fiz=buz\"|querystring_parse", "{\"foo\":\"bar\",\"fiz\":\"buz\"}"),
        Filter("base64_encode", FilterFamily.Conversion, "The bytes of the text encoded as base64.", "\"hello\"|base64_encode", "\"aGVsbG8=\""),
        Filter("base64_decode", FilterFamily.Conversion, "The bytes decoded from base64 text.", "\"aGVsbG8=\"|base64_decode", "\"hello\""),
        Filter("base64_encode_urlsafe", FilterFamily.Conversion, "The bytes encoded as URL-safe base64 (- and _ instead of + and /).",
            "\"hello?\"|base64_encode_urlsafe", "\"aGVsbG8_\""),
        Filter("base64_decode_urlsafe", FilterFamily.Conversion, "The bytes decoded from URL-safe base64 text.",
            "\"aGVsbG8_\"|base64_decode_urlsafe", "\"hello?\""),
        Filter("hex2bin", FilterFamily.Conversion, "The bytes written by the hexadecimal text.", "\"68656c6c6f\"|hex2bin", "\"hello\""),
        Filter("bin2hex", FilterFamily.Conversion, "The bytes of the text written in hexadecimal.", "\"hello\"|bin2hex", "\"68656c6c6f\""),
    ];

    private static FilterParameter[] CsvOptions() =>
    [
        Optional("separator", "Field separator, one character; \",\" when omitted."),
        Optional("enclosure", "Quote around fields, one character; '\"' when omitted."),
        Optional("escape", "Escape character inside quoted fields; '\"' when omitted."),
    ];
}
