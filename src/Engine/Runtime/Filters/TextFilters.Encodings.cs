using System.Text;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// Character sets. A text value is a byte string (see ByteText): UTF-8 text reads as itself, and bytes in another
// encoding (what hex2bin or from_utf8 give) travel as escaped bytes until they are converted back.
internal static partial class TextFilters
{
    // mb_list_encodings' names for the encodings offered; all but the Unicode ones come from the code-page provider.
    private static readonly string[] EncodingNames =
    [
        "UTF-8", "ASCII", "ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-15", "Windows-1251", "Windows-1252",
        "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32", "UTF-32BE", "UTF-32LE", "KOI8-R", "SJIS", "EUC-JP", "GB18030", "BIG-5",
    ];

    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static XsValue ListEncodings(FilterCall call) => XsValue.Array(XsArray.Create(EncodingNames.Select(XsValue.Text)));

    /// <summary>mb_detect_encoding: the first candidate (default ASCII, then UTF-8) that can hold the text; false when none can.</summary>
    private static XsValue DetectEncoding(FilterCall call)
    {
        var bytes = ByteText.GetBytes(Input(call));
        var candidates = call.Argument(0).IsNull
            ? ["ASCII", "UTF-8"]
            : Argument(call, 0, "the encodings").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in candidates)
        {
            var encoding = FindEncoding(call, name);
            if (CanHold(encoding, bytes))
                return XsValue.Text(CanonicalName(name));
        }
        return XsValue.False;
    }

    /// <summary>ISO-8859-1 bytes to UTF-8 text (PHP's utf8_encode).</summary>
    private static XsValue ToUtf8(FilterCall call) => XsValue.Text(Latin1.GetString(ByteText.GetBytes(Input(call))));

    /// <summary>Text to ISO-8859-1 bytes; a character outside ISO-8859-1 becomes "?", as PHP's utf8_decode writes it.</summary>
    private static XsValue FromUtf8(FilterCall call) => XsValue.Text(ByteText.FromBytes(Latin1.GetBytes(Input(call))));

    private static XsValue ConvertEncoding(FilterCall call)
    {
        var to = FindEncoding(call, Argument(call, 0, "the target encoding"));
        var from = FindEncoding(call, Argument(call, 1, "the source encoding"));
        var text = from.GetString(ByteText.GetBytes(Input(call)));
        return XsValue.Text(ByteText.FromBytes(to.GetBytes(text)));
    }

    // The bytes read in the encoding and written back unchanged: nothing was replaced or invalid.
    private static bool CanHold(Encoding encoding, byte[] bytes) =>
        encoding.GetBytes(encoding.GetString(bytes)).AsSpan().SequenceEqual(bytes);

    private static Encoding FindEncoding(FilterCall call, string name)
    {
        var canonical = CanonicalName(name);
        if (!EncodingNames.Contains(canonical, StringComparer.OrdinalIgnoreCase))
            throw call.Error($"the encoding \"{name}\" is not supported; |list_encodings gives the supported ones.");
        var dotNetName = canonical.ToUpperInvariant() switch
        {
            "ASCII" => "us-ascii",
            "SJIS" => "shift_jis",
            "BIG-5" => "big5",
            var other => other,
        };
        var (encoderFallback, decoderFallback) = (EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        try
        {
            return Encoding.GetEncoding(dotNetName, encoderFallback, decoderFallback);
        }
        catch (ArgumentException)
        {
            // Not built in: the legacy code pages, read without registering a provider for the whole process.
            return CodePagesEncodingProvider.Instance.GetEncoding(dotNetName, encoderFallback, decoderFallback)
                ?? throw call.Error($"the encoding \"{name}\" is not available on this server.");
        }
    }

    private static string CanonicalName(string name) =>
        EncodingNames.FirstOrDefault(known => known.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (name.Trim().Equals("UTF8", StringComparison.OrdinalIgnoreCase) ? "UTF-8" : name.Trim());
}
