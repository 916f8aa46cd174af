using System.Text.RegularExpressions;
using Platform.Engine.Runtime.Execution;

namespace Platform.Engine.Runtime.Evaluation;

/// <summary>
/// Regular expressions written the PHP way (<c>"/^a.*$/i"</c>, delimiters and flags) or bare. Matching has a time
/// limit, so a pathological pattern cannot hang a run.
/// </summary>
public static class Patterns
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public static Regex Compile(string pattern)
    {
        var (body, options) = Split(pattern);
        try
        {
            return new Regex(PythonStyleNames(body), options | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException exception)
        {
            throw ScriptErrorException.Fatal($"The regular expression {pattern} is not valid: {exception.Message}");
        }
    }

    public static bool IsMatch(string pattern, string text)
    {
        try
        {
            return Compile(pattern).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            throw ScriptErrorException.Fatal($"The regular expression {pattern} took too long to match.");
        }
    }

    // PCRE also writes named groups the Python way, which .NET does not read: (?P<name>…) and (?P=name).
    private static string PythonStyleNames(string body) =>
        body.Contains("(?P", StringComparison.Ordinal)
            ? Regex.Replace(Regex.Replace(body, @"(?<!\\)\(\?P<", "(?<"), @"(?<!\\)\(\?P=(\w+)\)", @"\k<$1>")
            : body;

    /// <summary>"/body/flags" with any non-alphanumeric delimiter becomes the body and .NET options; otherwise the whole text is the body.</summary>
    private static (string Body, RegexOptions Options) Split(string pattern)
    {
        if (pattern.Length >= 2 && !char.IsLetterOrDigit(pattern[0]) && pattern[0] != '\\' && !char.IsWhiteSpace(pattern[0]))
        {
            var delimiter = pattern[0] switch { '(' => ')', '{' => '}', '[' => ']', '<' => '>', var same => same };
            var end = pattern.LastIndexOf(delimiter);
            if (end > 0)
            {
                var options = RegexOptions.None;
                foreach (var flag in pattern[(end + 1)..])
                {
                    options |= flag switch
                    {
                        'i' => RegexOptions.IgnoreCase,
                        'm' => RegexOptions.Multiline,
                        's' => RegexOptions.Singleline,
                        'x' => RegexOptions.IgnorePatternWhitespace,
                        _ => RegexOptions.None,
                    };
                }
                return (pattern[1..end], options);
            }
        }
        return (pattern, RegexOptions.None);
    }
}
