using Platform.Engine.Tests.Golden;

namespace Platform.Engine.Tests.Language;

/// <summary>Every golden input parses and analyzes to exactly the diagnostics and tree in its .out file.</summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases() => GoldenCorpus.Language.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_Input_MatchesExpectedOutput(string name) =>
        GoldenCorpus.Language.Verify(name, ScriptReport.Render(File.ReadAllText(GoldenCorpus.Language.PathOf(name)), name));
}
