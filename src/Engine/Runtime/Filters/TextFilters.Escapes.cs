using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// Markup and escaping: strip_html, unaccent, addslashes, escape, text_escape, text_unescape.
internal static partial class TextFilters
{
    // Letters that are not a base letter plus a combining mark, so Unicode decomposition leaves them alone.
    private static readonly Dictionary<char, string> UnaccentSpecials = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['ø'] = "o", ['Ø'] = "O",
        ['đ'] = "d", ['Đ'] = "D", ['ł'] = "l", ['Ł'] = "L", ['ħ'] = "h", ['Ħ'] = "H", ['ı'] = "i", ['þ'] = "th", ['Þ'] = "TH",
    };

    /// <summary>PHP's strip_tags: tags, comments and processing instructions removed; the allowed tags kept.</summary>
    private static XsValue StripHtml(FilterCall call)
    {
        var allowed = AllowedTags(call.Argument(0), call);
        var text = MarkupPattern().Replace(Input(call), match =>
            match.Groups["name"].Success && allowed.Contains(match.Groups["name"].Value) ? match.Value : "");
        return XsValue.Text(text);
    }

    // "<b><i>" (PHP's classic form) or ["b", "i"] (PHP 7.4+).
    private static HashSet<string> AllowedTags(XsValue argument, FilterCall call)
    {
        var names = argument.Kind == ValueKind.Array
            ? argument.AsArray.Select(tag => TextOperations.Of(tag, "each allowed tag", call.Error).Trim('<', '>', '/', ' '))
            : TagNamePattern().Matches(TextOperations.Of(argument, "the allowed tags", call.Error)).Select(match => match.Groups[1].Value);
        return new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
    }

    // A comment, a processing instruction, or a tag (its name captured) whose quoted attributes may hold ">".
    [GeneratedRegex(
        """<!--.*?(?:-->|$)|<\?.*?(?:\?>|$)|<(?=[^\s<>])/?(?<name>[A-Za-z][\w:-]*)?(?:"[^"]*"|'[^']*'|[^'">])*(?:>|$)""",
        RegexOptions.Singleline | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 2000)]
    private static partial Regex MarkupPattern();

    [GeneratedRegex("""<\s*/?\s*([A-Za-z][\w:-]*)[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex TagNamePattern();

    /// <summary>Accents and other marks removed: "é" is "e"; a few letters without a decomposition are spelled out ("ß" is "ss").</summary>
    private static string Unaccent(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (UnaccentSpecials.TryGetValue(c, out var spelled))
                builder.Append(spelled);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>PHP's addslashes: a backslash before ', ", \ and NUL (written \0).</summary>
    private static string AddSlashes(string text) => Map(text, c => c switch
    {
        '\'' or '"' or '\\' => "\\" + c,
        '\0' => "\\0",
        _ => null,
    });

    /// <summary>
    /// Control characters as escape sequences (\n, \t, \r, \v, \f, others \xHH) and backslashes doubled, so
    /// text_unescape reads the text back; <paramref name="quotes"/> also escapes double quotes (escape).
    /// </summary>
    private static string Escape(string text, bool quotes) => Map(text, c => c switch
    {
        '\\' => "\\\\",
        '"' when quotes => "\\\"",
        '\n' => "\\n",
        '\t' => "\\t",
        '\r' => "\\r",
        '\v' => "\\v",
        '\f' => "\\f",
        < ' ' or '\x7F' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
        _ => null,
    });

    /// <summary>The text with each character the map replaces (a non-null result) replaced.</summary>
    private static string Map(string text, Func<char, string?> map)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (map(c) is { } replacement)
                builder.Append(replacement);
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// PHP's stripcslashes, as string literals are read: \n \t \r \v \f \a \b \e, \xHH, octal \NNN; a backslash before
    /// anything else is dropped.
    /// </summary>
    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                builder.Append(text[i]);
                continue;
            }
            var next = text[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'v': builder.Append('\v'); break;
                case 'f': builder.Append('\f'); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'e': builder.Append('\u001b'); break;
                case 'x' when i + 1 < text.Length && char.IsAsciiHexDigit(text[i + 1]):
                    builder.Append((char)ReadDigits(text, ref i, 16, 2));
                    break;
                case >= '0' and <= '7':
                    i--;
                    builder.Append((char)(ReadDigits(text, ref i, 8, 3) & 0xFF));
                    break;
                default: builder.Append(next); break;
            }
        }
        return builder.ToString();
    }

    // Reads up to maxDigits digits of a base after position i, leaving i on the last one read.
    private static int ReadDigits(string text, ref int i, int numberBase, int maxDigits)
    {
        var value = 0;
        for (var read = 0; read < maxDigits && i + 1 < text.Length; read++)
        {
            var digit = HexDigitValue(text[i + 1]);
            if (digit < 0 || digit >= numberBase)
                break;
            value = value * numberBase + digit;
            i++;
        }
        return value;
    }

    private static int HexDigitValue(char c) => char.IsAsciiHexDigit(c) ? Convert.ToInt32(c.ToString(), 16) : -1;
}
