using System.Text;
using System.Text.RegularExpressions;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// PHP's preg_* functions; the input is the pattern ("/…/flags", see Patterns) and the first argument the text.
internal static partial class TextFilters
{
    // preg_quote's special characters; "#" since PHP 7.3.
    private const string RegexSpecials = @".\+*?[^]$(){}=!<>|:-#";

    private static XsValue RegexMatches(FilterCall call) =>
        Matching(call, regex => XsValue.Bool(regex.IsMatch(Argument(call, 0, "the text"))));

    /// <summary>
    /// preg_match: [whole match, group 1, …], unmatched groups "" and trailing ones left out; [] when nothing matches.
    /// With named groups PHP gives an object: {"0": whole, "name": group, "1": group, …}.
    /// </summary>
    private static XsValue RegexFirstMatch(FilterCall call) => Matching(call, regex =>
    {
        var match = regex.Match(Argument(call, 0, "the text"));
        if (!match.Success)
            return XsValue.Array(XsArray.Empty);
        var groups = PhpGroups.Of(regex);
        var count = groups.Count;
        while (count > 1 && !match.Groups[groups.DotNetNumber(count - 1)].Success)
            count--;
        return ByGroup(groups, count, number => XsValue.Text(match.Groups[groups.DotNetNumber(number)].Value));
    });

    /// <summary>preg_match_all in pattern order: [[every whole match], [every group 1], …] (an object with named groups).</summary>
    private static XsValue RegexAllMatches(FilterCall call) => Matching(call, regex =>
    {
        var matches = regex.Matches(Argument(call, 0, "the text"));
        var groups = PhpGroups.Of(regex);
        return ByGroup(groups, groups.Count, number =>
            XsValue.Array(XsArray.Create(matches.Select(match => XsValue.Text(match.Groups[groups.DotNetNumber(number)].Value)))));
    });

    // The first count groups' values: a list, or PHP's mixed array (an object: name then number) when groups have names.
    private static XsValue ByGroup(PhpGroups groups, int count, Func<int, XsValue> valueOf)
    {
        if (!groups.HasNames)
            return XsValue.Array(XsArray.Create(Enumerable.Range(0, count).Select(valueOf)));
        var builder = new XsObject.Builder();
        for (var number = 0; number < count; number++)
        {
            var value = valueOf(number);
            if (groups.Groups[number].Name is { } name)
                builder.Set(name, value);
            builder.Set(number.ToString(System.Globalization.CultureInfo.InvariantCulture), value);
        }
        return XsValue.Object(builder.ToObject());
    }

    private static XsValue RegexReplace(FilterCall call)
    {
        var replacement = Argument(call, 0, "the replacement");
        var subject = Argument(call, 1, "the text");
        return Matching(call, regex =>
        {
            var groups = PhpGroups.Of(regex);
            return XsValue.Text(regex.Replace(subject, match => Substitute(replacement, match, groups)));
        });
    }

    /// <summary>preg_quote: a backslash before every regular-expression character and the delimiter; NUL as \000.</summary>
    private static XsValue RegexQuote(FilterCall call)
    {
        var delimiter = Argument(call, 0, "the delimiter");
        return XsValue.Text(Map(Input(call), c => c switch
        {
            '\0' => "\\000",
            _ when RegexSpecials.Contains(c, StringComparison.Ordinal) || (delimiter.Length > 0 && c == delimiter[0]) => "\\" + c,
            _ => null,
        }));
    }

    // Compiles the input pattern and runs the work, with errors (a bad pattern, a match that takes too long) named after the filter.
    private static XsValue Matching(FilterCall call, Func<Regex, XsValue> work)
    {
        var pattern = Input(call);
        Regex regex;
        try
        {
            regex = Patterns.Compile(pattern);
        }
        catch (ScriptErrorException exception)
        {
            throw call.Error(exception.Error.Message);
        }
        try
        {
            return work(regex);
        }
        catch (RegexMatchTimeoutException)
        {
            throw call.Error($"the regular expression {pattern} took too long to match.");
        }
    }

    /// <summary>
    /// A PHP replacement for one match: \0–\99, $0–$99 and ${0}–${99} insert groups (a group that does not exist inserts
    /// nothing); a backslash before \ or $ makes it literal.
    /// </summary>
    private static string Substitute(string replacement, Match match, PhpGroups groups)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c == '\\' && i + 1 < replacement.Length && replacement[i + 1] is '\\' or '$')
            {
                builder.Append(replacement[++i]);
                continue;
            }
            if (c is '\\' or '$' && GroupReference(replacement, i, c == '$') is var (group, length) && length > 0)
            {
                builder.Append(groups.DotNetNumber(group) is var number and >= 0 ? match.Groups[number].Value : "");
                i += length - 1;
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    // The group number of a reference starting at i and its length in characters; length 0 when there is none.
    private static (int Group, int Length) GroupReference(string text, int i, bool braces)
    {
        var start = i + 1;
        var braced = braces && start < text.Length && text[start] == '{';
        if (braced)
            start++;
        var end = start;
        while (end < text.Length && end - start < 2 && char.IsAsciiDigit(text[end]))
            end++;
        if (end == start || (braced && (end >= text.Length || text[end] != '}')))
            return (0, 0);
        return (int.Parse(text.AsSpan(start, end - start), provider: System.Globalization.CultureInfo.InvariantCulture), end - i + (braced ? 1 : 0));
    }
}
