using Platform.Engine.Tests.Golden;
using Platform.Engine.Language;
using Platform.Engine.Language.Parsing;
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
}
