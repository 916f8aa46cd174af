using BenchmarkDotNet.Attributes;
using Platform.Engine.Language;
using Platform.Engine.Language.Completion;
using Platform.Engine.Language.Formatting;

namespace Platform.Benchmarks;

/// <summary>
/// The language front end on generated tasks. Targets (issue 3): a 10,000-line task lexed, parsed and analyzed in
/// under 30 ms and 20 MB; a 500-line task re-analyzed per keystroke in under 2 ms.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private string _script = "";
    private string _edited = "";
    private int _caret;

    [Params(500, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _script = GeneratedScripts.Task(Lines);
        _caret = _script.LastIndexOf("|trim", StringComparison.Ordinal) + 1;
        // A keystroke: one more character in the middle of an expression.
        _edited = _script.Insert(_script.Length / 2, " ");
    }

    [Benchmark]
    public int ParseAndAnalyze() => ScriptAnalyzer.Analyze(_script).Diagnostics.Count;

    [Benchmark]
    public int Keystroke() => ScriptAnalyzer.Analyze(_edited).Diagnostics.Count;

    [Benchmark]
    public int Format() => XanoScriptFormatter.Format(XanoScriptParser.Parse(_script).Document).Length;

    [Benchmark]
    public int Complete() => CompletionService.GetCompletions(_script, _caret).Items.Count;
}
