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

    /// <summary>preg_match: [whole match, group 1, …] (unmatched groups "", trailing ones left out); [] when nothing matches.</summary>
    private static XsValue RegexFirstMatch(FilterCall call) => Matching(call, regex =>
    {
        var match = regex.Match(Argument(call, 0, "the text"));
        if (!match.Success)
            return XsValue.Array(XsArray.Empty);
        var last = match.Groups.Count - 1;
        while (last > 0 && !match.Groups[last].Success)
            last--;
        return XsValue.Array(XsArray.Create(match.Groups.Cast<Group>().Take(last + 1).Select(group => XsValue.Text(group.Value))));
    });

    /// <summary>preg_match_all in pattern order: [[every whole match], [every group 1], …].</summary>
    private static XsValue RegexAllMatches(FilterCall call) => Matching(call, regex =>
    {
        var matches = regex.Matches(Argument(call, 0, "the text"));
        var groups = Enumerable.Range(0, regex.GetGroupNumbers().Length)
            .Select(group => XsValue.Array(XsArray.Create(matches.Select(match => XsValue.Text(match.Groups[group].Value)))));
        return XsValue.Array(XsArray.Create(groups));
    });

    private static XsValue RegexReplace(FilterCall call)
    {
        var replacement = Argument(call, 0, "the replacement");
        var subject = Argument(call, 1, "the text");
        return Matching(call, regex => XsValue.Text(regex.Replace(subject, match => Substitute(replacement, match))));
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
    private static string Substitute(string replacement, Match match)
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
                builder.Append(group < match.Groups.Count ? match.Groups[group].Value : "");
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
