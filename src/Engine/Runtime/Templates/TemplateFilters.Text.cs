using System.Text;
using System.Text.RegularExpressions;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

internal static partial class TemplateFilters
{
    private static string Text(XsValue value) => TemplateValues.ToText(value);

    private static XsValue Upper(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) => XsValue.Text(Text(input).ToUpperInvariant());

    private static XsValue Lower(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) => XsValue.Text(Text(input).ToLowerInvariant());

    // Twig: the first character upper case, all the others lower case.
    private static XsValue Capitalize(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __)
    {
        var text = Text(input);
        return XsValue.Text(text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant());
    }

    // Every word starts upper case, the rest of it lower case (PHP's MB_CASE_TITLE).
    private static XsValue Title(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __)
    {
        var builder = new StringBuilder(Text(input));
        var startOfWord = true;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            builder[i] = startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            startOfWord = !char.IsLetterOrDigit(c) && c != '\'';
        }
        return XsValue.Text(builder.ToString());
    }

    // trim(characters = whitespace, side = "both" | "left" | "right")
    private static XsValue Trim(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _)
    {
        var text = Text(input);
        var characters = arguments.Count > 0 && !arguments[0].IsNull ? Text(arguments[0]).ToCharArray() : [' ', '\t', '\n', '\r', '\0', '\x0B'];
        return XsValue.Text(TextArgument(arguments, 1, "both") switch
        {
            "left" => text.TrimStart(characters),
            "right" => text.TrimEnd(characters),
            "both" => text.Trim(characters),
            var side => throw ScriptErrorException.Fatal($"the side must be \"left\", \"right\" or \"both\", not \"{side}\"."),
        });
    }

    // escape(strategy = "html"): html escapes & < > " ' like PHP's htmlspecialchars; url percent-encodes.
    private static XsValue Escape(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _) => TextArgument(arguments, 0, "html") switch
    {
        "html" => XsValue.Text(Text(input).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#039;", StringComparison.Ordinal)),
        "url" => XsValue.Text(Uri.EscapeDataString(Text(input))),
        var strategy => throw ScriptErrorException.Fatal($"the escaping strategy \"{strategy}\" is not supported; use \"html\" or \"url\"."),
    };

    private static XsValue NewLinesToBreaks(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) =>
        XsValue.Text(LineBreaks().Replace(Text(input), "<br />$0"));

    private static XsValue StripTags(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) =>
        XsValue.Text(Tags().Replace(Text(input), ""));

    // Text is percent-encoded (RFC 3986, PHP's rawurlencode); an object becomes a query string.
    private static XsValue UrlEncode(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __)
    {
        if (input.Kind is not (ValueKind.Array or ValueKind.Object))
            return XsValue.Text(Uri.EscapeDataString(Text(input)));
        var pairs = new List<string>();
        AddQueryPairs(pairs, null, input);
        return XsValue.Text(string.Join('&', pairs));
    }

    private static void AddQueryPairs(List<string> pairs, string? prefix, XsValue value)
    {
        foreach (var (key, item) in TemplateValues.Entries(value))
        {
            var name = prefix is null ? ValueConversions.ToText(key) : $"{prefix}[{ValueConversions.ToText(key)}]";
            if (item.Kind is ValueKind.Array or ValueKind.Object)
                AddQueryPairs(pairs, name, item);
            else if (!item.IsNull)
                pairs.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(item.Kind == ValueKind.Bool ? (item.AsBool ? "1" : "0") : Text(item)));
        }
    }

    // replace({"from": "to", …}): every key replaced at once, longest first, as PHP's strtr.
    private static XsValue Replace(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _)
    {
        if (arguments[0].Kind != ValueKind.Object)
            throw ScriptErrorException.Fatal($"it takes an object of replacements such as {{\"%name%\": name}}, not {ValueConversions.KindName(arguments[0])}.");
        var pairs = arguments[0].AsObject.Where(p => p.Key.Length > 0).OrderByDescending(p => p.Key.Length).ToList();
        var text = Text(input);
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var match = pairs.FirstOrDefault(p => string.CompareOrdinal(text, i, p.Key, 0, p.Key.Length) == 0);
            if (match.Key is null)
            {
                builder.Append(text[i++]);
                continue;
            }
            builder.Append(Text(match.Value));
            i += match.Key.Length;
        }
        return XsValue.Text(builder.ToString());
    }

    // split(delimiter, limit): PHP's explode; an empty delimiter cuts the text into chunks of limit (default 1) characters.
    private static XsValue Split(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _)
    {
        var text = Text(input);
        var delimiter = Text(arguments[0]);
        var limit = (long)NumberArgument(arguments, 1, 0);
        if (delimiter.Length == 0)
        {
            var size = (int)Math.Clamp(limit, 1, int.MaxValue);
            var chunks = text.Length == 0 ? 0 : ((text.Length - 1) / size) + 1;
            return TextList(Enumerable.Range(0, chunks).Select(i => text.Substring(i * size, Math.Min(size, text.Length - (i * size)))));
        }
        var parts = text.Split(delimiter);
        if (limit > 0 && parts.Length > limit)
            parts = [.. parts.Take((int)limit - 1), string.Join(delimiter, parts.Skip((int)limit - 1))];
        else if (limit < 0)
            parts = [.. parts.Take(Math.Max(0, parts.Length + (int)Math.Max(limit, -parts.Length)))];
        return TextList(parts);
    }

    private static XsValue TextList(IEnumerable<string> parts) => XsValue.Array(XsArray.Create(parts.Select(XsValue.Text)));

    // date(format = "F j, Y H:i", timezone = "UTC"): numbers are epoch milliseconds (Xano's timestamps); null is now.
    private static XsValue Date(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator evaluator)
    {
        var zoneName = TextArgument(arguments, 1, "UTC");
        var zone = TimeZone(zoneName);
        var instant = Instant(input, evaluator.Host.Clock, zone);
        return XsValue.Text(Time.PhpDateFormat.Format(instant, TextArgument(arguments, 0, "F j, Y H:i"), zone));
    }

    private static DateTimeOffset Instant(XsValue input, TimeProvider clock, TimeZoneInfo zone)
    {
        if (input.IsNull)
            return clock.GetUtcNow();
        if (input.IsNumber)
            return DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp((long)input.ToDouble(), -62135596800000, 253402300799999));
        if (input.Kind == ValueKind.Text && Time.TimestampParser.TryParse(input.AsText, clock.GetUtcNow(), zone, out var parsed))
            return parsed;
        throw ScriptErrorException.Fatal($"\"{Text(input)}\" is not a date: give epoch milliseconds or text such as 2025-01-15 10:30:00.");
    }

    private static TimeZoneInfo TimeZone(string name) =>
        !string.IsNullOrWhiteSpace(name) && Time.TimeZones.TryFind(name, out var zone)
            ? zone
            : throw ScriptErrorException.Fatal($"\"{name}\" is not a time zone; use a name such as Europe/Paris.");

    [GeneratedRegex(@"\r\n|\n|\r")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<!--.*?-->|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tags();
}
