using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Text filters (reference §8.3), with PHP's mb_ rules: positions and lengths count characters (code points), null
/// input is "", numbers and booleans are read as their text, and lists or objects are errors. The regex filters take
/// the pattern as input and the text as argument.
/// </summary>
internal static partial class TextFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("to_lower", call => XsValue.Text(Input(call).ToLowerInvariant()));
        registry.Add("to_upper", call => XsValue.Text(Input(call).ToUpperInvariant()));
        registry.Add("capitalize", call => XsValue.Text(Capitalize(Input(call))));
        registry.Add("trim", call => Trim(call, TrimEnds.Both));
        registry.Add("ltrim", call => Trim(call, TrimEnds.Start));
        registry.Add("rtrim", call => Trim(call, TrimEnds.End));
        registry.Add("strlen", call => XsValue.Int(CodePoints.Count(Input(call))));
        registry.Add("substr", Substring);
        registry.Add("split", Split);
        registry.Add("replace", Replace);
        registry.Add("concat", Concat);
        registry.Add("sprintf", call => XsValue.Text(PhpFormat.Format(Input(call), Arguments(call), call.Error)));
        registry.Add("index", call => IndexOf(call, ignoreCase: false));
        registry.Add("iindex", call => IndexOf(call, ignoreCase: true));
        registry.Add("contains", call => Test(call, TextOperations.Contains, ignoreCase: false));
        registry.Add("icontains", call => Test(call, TextOperations.Contains, ignoreCase: true));
        registry.Add("starts_with", call => Test(call, TextOperations.StartsWith, ignoreCase: false));
        registry.Add("istarts_with", call => Test(call, TextOperations.StartsWith, ignoreCase: true));
        registry.Add("ends_with", call => Test(call, TextOperations.EndsWith, ignoreCase: false));
        registry.Add("iends_with", call => Test(call, TextOperations.EndsWith, ignoreCase: true));
        registry.Add("strip_html", StripHtml);
        registry.Add("unaccent", call => XsValue.Text(Unaccent(Input(call))));
        registry.Add("addslashes", call => XsValue.Text(AddSlashes(Input(call))));
        registry.Add("escape", call => XsValue.Text(Escape(Input(call), quotes: true)));
        registry.Add("text_escape", call => XsValue.Text(Escape(Input(call), quotes: false)));
        registry.Add("text_unescape", call => XsValue.Text(Unescape(Input(call))));
        registry.Add("regex_matches", RegexMatches);
        registry.Add("regex_get_first_match", RegexFirstMatch);
        registry.Add("regex_get_all_matches", RegexAllMatches);
        registry.Add("regex_replace", RegexReplace);
        registry.Add("regex_quote", RegexQuote);
        registry.Add("sql_esc", call => XsValue.Text(Quote(Input(call), '\'')));
        registry.Add("sql_alias", call => XsValue.Text(Quote(Input(call), '"')));
        registry.Add("list_encodings", ListEncodings);
        registry.Add("detect_encoding", DetectEncoding);
        registry.Add("to_utf8", ToUtf8);
        registry.Add("from_utf8", FromUtf8);
        registry.Add("convert_encoding", ConvertEncoding);
    }

    private static string Input(FilterCall call) => TextOperations.Of(call.Input, "the input", call.Error);

    /// <summary>An argument as text; "" when it was not given.</summary>
    private static string Argument(FilterCall call, int index, string role) => TextOperations.Of(call.Argument(index), role, call.Error);

    private static List<XsValue> Arguments(FilterCall call) => [.. Enumerable.Range(0, call.ArgumentCount).Select(call.Argument)];

    private static XsValue Concat(FilterCall call) =>
        XsValue.Text(TextOperations.Concat(Input(call), Argument(call, 0, "the value"), Argument(call, 1, "the separator")));

    private static XsValue Test(FilterCall call, Func<string, string, bool, bool> test, bool ignoreCase) =>
        XsValue.Bool(test(Input(call), Argument(call, 0, "the text to look for"), ignoreCase));

    private static XsValue Trim(FilterCall call, TrimEnds ends) =>
        XsValue.Text(TextOperations.Trim(Input(call), call.Argument(0).IsNull ? null : Argument(call, 0, "the characters"), ends));

    /// <summary>PHP's ucwords: the first character of the text and every character after whitespace in upper case, the rest unchanged.</summary>
    private static string Capitalize(string text)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (i == 0 || characters[i - 1] is ' ' or '\t' or '\r' or '\n' or '\f' or '\v')
                characters[i] = char.ToUpperInvariant(characters[i]);
        }
        return new string(characters);
    }

    /// <summary>mb_substr: a negative start counts from the end; a negative length leaves that many characters off the end.</summary>
    private static XsValue Substring(FilterCall call)
    {
        var text = Input(call);
        var length = CodePoints.Count(text);
        var start = NumberOperations.Integer(call.Argument(0), "the start", call.Error);
        if (start < 0)
            start = Math.Max(0, length + start);
        if (start >= length)
            return XsValue.EmptyText;
        var count = call.Argument(1).IsNull ? length - start : NumberOperations.Integer(call.Argument(1), "the length", call.Error);
        count = count < 0 ? Math.Max(0, length - start + count) : Math.Min(count, length - start);
        var from = CodePoints.OffsetOf(text, (int)start);
        return XsValue.Text(text[from..CodePoints.OffsetOf(text, (int)(start + count))]);
    }

    /// <summary>PHP's explode; an empty separator splits into characters.</summary>
    private static XsValue Split(FilterCall call)
    {
        var text = Input(call);
        var separator = Argument(call, 0, "the separator");
        var parts = separator.Length == 0 ? CodePoints.Split(text) : text.Split(separator);
        return XsValue.Array(XsArray.Create(parts.Select(XsValue.Text)));
    }

    /// <summary>PHP's str_replace: every occurrence, case-sensitive; a list of searches pairs with a list of replacements (or one text).</summary>
    private static XsValue Replace(FilterCall call)
    {
        var text = Input(call);
        var search = call.Argument(0);
        var replacement = call.Argument(1);
        if (search.Kind != ValueKind.Array)
        {
            if (replacement.Kind == ValueKind.Array)
                throw call.Error("the replacement must be text when the search is text.");
            return XsValue.Text(ReplaceAll(text, Argument(call, 0, "the search"), Argument(call, 1, "the replacement")));
        }
        for (var i = 0; i < search.AsArray.Count; i++)
        {
            var with = replacement.Kind == ValueKind.Array ? replacement.AsArray.At(i) : replacement;
            var searched = TextOperations.Of(search.AsArray[i], "each search", call.Error);
            text = ReplaceAll(text, searched, TextOperations.Of(with, "each replacement", call.Error));
        }
        return XsValue.Text(text);
    }

    private static string ReplaceAll(string text, string search, string replacement) =>
        search.Length == 0 ? text : text.Replace(search, replacement, StringComparison.Ordinal);

    /// <summary>mb_strpos / mb_stripos: the character position of the first occurrence, or false.</summary>
    private static XsValue IndexOf(FilterCall call, bool ignoreCase)
    {
        var text = Input(call);
        var needle = Argument(call, 0, "the text to find");
        var offset = text.IndexOf(needle, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        return offset < 0 ? XsValue.False : XsValue.Int(CodePoints.PositionOf(text, offset));
    }

    /// <summary>Quoted as SQL quotes a literal ('…') or an identifier ("…"): the quote doubled inside.</summary>
    private static string Quote(string text, char quote) =>
        quote + text.Replace(quote.ToString(), new string(quote, 2), StringComparison.Ordinal) + quote;
}
