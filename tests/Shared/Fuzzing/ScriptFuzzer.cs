using System.Diagnostics;
using System.Text;
using Platform.Engine.Language;
using Platform.Engine.Language.Completion;
using Platform.Engine.Language.Formatting;

namespace Platform.Tests.Shared.Fuzzing;

/// <summary>
/// Throws random and mutated scripts at the whole front end (parse, analyze, format, complete, hover) and reports
/// the first exception and the slowest case. Deterministic for a seed, so a failure can be replayed.
/// </summary>
public sealed class ScriptFuzzer(IReadOnlyList<string> corpus, int seed)
{
    private static readonly string[] Fragments =
    [
        "task", "function", "stack", "{", "}", "(", ")", "[", "]", "\n", " ", "var", "$x", "$$", "$db.t.f", "db.query",
        "conditional", "if", "elseif", "else", "foreach", "each", "as", "|", "|count", ":", "=", "==?", "\"", "'", "`",
        "\"\"\"", "//", "!", "?", "??", "&&", "||", "~", "-", "1", "1.5", "2025-10-01 06:00:00+0000", "now", "null",
        "where", "between", "not in", "...", "..", ",", "#", "é", "\t", "\r\n", "value = ", "schedule = [{", "}]",
    ];

    private readonly Random _random = new(seed);

    public sealed record Report(int Cases, TimeSpan Slowest, string SlowestInput, Exception? Failure, string? FailingInput, long TotalMilliseconds);

    public Report Run(int cases)
    {
        var slowest = TimeSpan.Zero;
        var slowestInput = "";
        var total = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var input = NextInput();
            var watch = Stopwatch.StartNew();
            try
            {
                Exercise(input, _random.Next(input.Length + 1));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return new Report(i + 1, slowest, slowestInput, exception, input, total.ElapsedMilliseconds);
            }
            if (watch.Elapsed > slowest)
                (slowest, slowestInput) = (watch.Elapsed, input);
        }
        return new Report(cases, slowest, slowestInput, null, null, total.ElapsedMilliseconds);
    }

    public static void Exercise(string input, int caret)
    {
        var parse = XanoScriptParser.Parse(input);
        ScriptAnalyzer.Analyze(parse);
        if (!parse.HasErrors)
            XanoScriptFormatter.Format(parse.Document);
        CompletionService.GetCompletions(input, caret);
        HoverService.GetHover(input, caret);
    }

    private string NextInput() => _random.Next(4) switch
    {
        0 => Soup(),
        _ => Mutate(corpus[_random.Next(corpus.Count)]),
    };

    private string Soup()
    {
        var builder = new StringBuilder();
        var length = _random.Next(1, 80);
        for (var i = 0; i < length; i++)
            builder.Append(Fragments[_random.Next(Fragments.Length)]);
        return builder.ToString();
    }

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var edits = _random.Next(1, 6);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = _random.Next(builder.Length);
            switch (_random.Next(6))
            {
                case 0:
                    builder.Remove(at, Math.Min(_random.Next(1, 12), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 2:
                    builder[at] = (char)_random.Next(32, 127);
                    break;
                case 3:
                    builder.Length = at;
                    break;
                case 4:
                    var end = Math.Min(builder.Length, at + _random.Next(1, 40));
                    builder.Insert(at, builder.ToString(at, end - at));
                    break;
                default:
                    builder.Insert(at, new string("([{"[_random.Next(3)], _random.Next(1, 300)));
                    break;
            }
        }
        return builder.ToString();
    }
}
