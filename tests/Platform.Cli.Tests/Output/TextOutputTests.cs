using Platform.Cli.Output;
using Platform.Engine.Language;

namespace Platform.Cli.Tests.Output;

public sealed class TextOutputTests
{
    [Fact]
    public void Line_LanguageDiagnostic_MatchesTheEnginesOwnFormat()
    {
        var parse = XanoScriptParser.Parse("task a {\n  stack {\n    nonsense\n  }\n}\n");
        var analysis = ScriptAnalyzer.Analyze(parse);

        Assert.NotEmpty(analysis.Diagnostics);
        foreach (var diagnostic in analysis.Diagnostics)
            Assert.Equal(diagnostic.Format(parse.Text, "x/a.xs"), TextOutput.Line("x/a.xs", FileDiagnostic.From(diagnostic, parse.Text)));
    }

    [Theory]
    [InlineData(0, "0 files")]
    [InlineData(1, "1 file")]
    [InlineData(2, "2 files")]
    public void Count_Number_ReadsAsEnglish(int count, string expected)
    {
        Assert.Equal(expected, TextOutput.Count(count, "file", "files"));
    }
}
