using Platform.Engine.Language;

namespace Platform.Engine.Tests.Language;

/// <summary>Every golden input parses and analyzes to exactly the diagnostics and tree in its .out file.</summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases() => [.. GoldenFiles.Inputs().Select(GoldenFiles.NameOf)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_Input_MatchesExpectedOutput(string name)
    {
        var path = GoldenFiles.PathOf(name);
        var actual = ScriptReport.Render(File.ReadAllText(path), name);
        var expectedPath = Path.ChangeExtension(path, ".out");
        if (GoldenFiles.Updating)
            File.WriteAllText(expectedPath, actual);

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
