using Platform.Engine.Tests.Golden;
using Platform.Engine.Language;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Formatting;
using Platform.Engine.Language.Parsing;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Tests.Runtime;
using Platform.Tests.Shared.Fuzzing;

namespace Platform.Engine.Tests.Language;

/// <summary>Hostile and random input never escapes as an exception or hangs the front end.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Fuzz_5000RandomAndMutatedScripts_NoExceptionAndNoneSlowerThanOneSecond()
    {
        var corpus = GoldenCorpus.Language.Inputs().Select(File.ReadAllText).ToList();

        var report = new ScriptFuzzer(corpus, seed: 20261122).Run(5_000);

        Assert.True(report.Failure is null, $"Case {report.Cases} threw {report.Failure}\nInput:\n{report.FailingInput}");
        Assert.True(report.Slowest < TimeSpan.FromSeconds(1), $"Slowest case took {report.Slowest}:\n{report.SlowestInput}");
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("(", ")")]
    [InlineData("{a: ", "}")]
    public void Parse_TenThousandNestedBrackets_ReportsNestingInsteadOfOverflowing(string open, string close)
    {
        var nested = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));
        var text = $"task t {{\n  stack {{\n    var $x {{\n      value = {nested}\n    }}\n  }}\n}}\n";

        var analysis = ScriptAnalyzer.Analyze(text);

        var nesting = Assert.Single(analysis.Diagnostics, d => d.Code == "XS0110");
        Assert.Contains($"more than {Parser.MaxDepth} levels", nesting.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TenThousandUnclosedBrackets_ReportsNestingAndMissingCloseOnce()
    {
        var analysis = ScriptAnalyzer.Analyze("task t {\n  stack {\n    var $x {\n      value = " + new string('[', 10_000));

        Assert.Single(analysis.Diagnostics, d => d.Code == "XS0110");
        Assert.True(analysis.Diagnostics.Count < 10, string.Join("\n", analysis.Diagnostics));
    }

    [Fact]
    public void Parse_TenThousandNestedConditionals_ReportsNesting()
    {
        var opening = string.Concat(Enumerable.Repeat("conditional {\nif (true) {\n", 5_000));
        var closing = string.Concat(Enumerable.Repeat("}\n}\n", 5_000));

        var analysis = ScriptAnalyzer.Analyze($"task t {{\nstack {{\n{opening}{closing}}}\n}}\n");

        Assert.Single(analysis.Diagnostics, d => d.Code == "XS0110");
    }

    [Theory]
    [InlineData("!")]
    [InlineData("-")]
    public void Parse_TenThousandPrefixOperators_ReportsNesting(string prefix)
    {
        var analysis = ScriptAnalyzer.Analyze($"task t {{\n  stack {{\n    var $x {{\n      value = {string.Concat(Enumerable.Repeat(prefix, 10_000))}$y\n    }}\n  }}\n}}\n");

        Assert.Contains(analysis.Diagnostics, d => d.Code == "XS0110");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0")]
    [InlineData("\uFEFF")]
    [InlineData("task")]
    [InlineData("task t {")]
    [InlineData("}}}}")]
    [InlineData("\"\"\"")]
    [InlineData("`")]
    public void Parse_Degenerate_ReturnsDiagnosticsNotExceptions(string text)
    {
        var analysis = ScriptAnalyzer.Analyze(text);

        Assert.True(analysis.HasErrors);
    }

    // Each operator or accessor of a left-assoc chain adds a tree level without nesting the parser; every walker after
    // it (checker, formatter, evaluator) recurses per level, and 10,000 levels overflowed the stack: the process died.
    [Theory]
    [InlineData(" + 1")]
    [InlineData(" ~ \"x\"")]
    [InlineData(" && true")]
    [InlineData(".b")]
    [InlineData("[0]")]
    public void Parse_TwentyThousandLinkChain_ReportsLocatedErrorInsteadOfOverflowing(string link)
    {
        var chain = "$a" + string.Concat(Enumerable.Repeat(link, 20_000));
        var text = $"task t {{\n  stack {{\n    var $a {{\n      value = 1\n    }}\n    var $x {{\n      value = {chain}\n    }}\n  }}\n}}\n";

        var analysis = ScriptAnalyzer.Analyze(text);
        var formatted = XanoScriptFormatter.Format(text);

        var error = Assert.Single(analysis.Diagnostics, d => d.Code == "XS0127");
        Assert.Equal((7, 15), At(analysis, error));
        Assert.Contains($"more than {Parser.MaxExpressionHeight} operators", error.Message, StringComparison.Ordinal);
        Assert.Null(formatted.Text);
    }

    [Fact]
    public void Parse_TwentyThousandAccessorsInStatementTarget_ReportsLocatedError()
    {
        var target = "$a" + string.Concat(Enumerable.Repeat(".b", 20_000));

        var analysis = ScriptAnalyzer.Analyze($"task t {{\n  stack {{\n    var.update {target} {{\n      value = 1\n    }}\n  }}\n}}\n");

        var error = Assert.Single(analysis.Diagnostics, d => d.Code == "XS0127");
        Assert.Equal((3, 16), At(analysis, error));
    }

    [Fact]
    public async Task Run_TwentyThousandLinkChainInToExpr_FailsWithShortLocatedError()
    {
        var chain = "1" + string.Concat(Enumerable.Repeat(" + 1", 20_000));

        var result = await TestRuns.RunAsync($"task t {{\n  stack {{\n    var $x {{\n      value = \"{chain}\"|to_expr\n    }}\n  }}\n}}\n");

        Assert.Equal(RunStatus.Failed, result.Status);
        var failure = Assert.IsType<RunFailure>(result.Failure);
        Assert.Contains($"more than {Parser.MaxExpressionHeight} operators", failure.Error.Message, StringComparison.Ordinal);
        Assert.True(failure.Error.Message.Length < 300, failure.Error.Message);
    }

    // The deepest tree the parser lets through, under the deepest statement nesting, fits a 1 MiB thread stack in every
    // walker: the limit leaves room, whichever thread (Blazor circuit, engine worker) checks, formats or runs it.
    [Fact]
    public void DeepestAcceptedScript_ChecksFormatsAndRunsOnOneMebibyteStack()
    {
        var chain = "1" + string.Concat(Enumerable.Repeat(" + 1", Parser.MaxExpressionHeight - 1));
        const int groups = 45;
        var opening = string.Concat(Enumerable.Repeat("group {\nstack {\n", groups));
        var closing = string.Concat(Enumerable.Repeat("}\n}\n", groups));
        var text = $"task t {{\nstack {{\n{opening}var $x {{\nvalue = {chain}\n}}\ndebug.log {{\nvalue = $x\n}}\n{closing}}}\n}}\n";
        Exception? failure = null;
        RunResult? run = null;
        string? formatted = null;
        IReadOnlyList<Diagnostic> diagnostics = [];

        var thread = new Thread(() =>
        {
            try
            {
                diagnostics = ScriptAnalyzer.Analyze(text).Diagnostics;
                formatted = XanoScriptFormatter.Format(text).Text;
                run = TestRuns.RunAsync(text).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.NotNull(formatted);
        Assert.Equal(RunStatus.Succeeded, run?.Status);
        Assert.Equal(Parser.MaxExpressionHeight, Assert.Single(run!.Log).Value.AsInt);
    }

    private static (int Line, int Column) At(ScriptAnalysis analysis, Diagnostic diagnostic)
    {
        var position = analysis.Parse.Text.GetLinePosition(diagnostic.Span.Start);
        return (position.Line, position.Column);
    }
}
