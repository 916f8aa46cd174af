using Platform.Engine.Tests.Golden;

namespace Platform.Engine.Tests.Runtime;

/// <summary>Every runtime golden script runs to exactly the log and result (or error) in its .out file.</summary>
public sealed class RunGoldenTests
{
    public static TheoryData<string> Cases() => GoldenCorpus.Runtime.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Golden_Script_RunsToExpectedOutput(string name)
    {
        var path = GoldenCorpus.Runtime.PathOf(name);
        var script = await File.ReadAllTextAsync(path);
        var world = TestRuns.WorldFor(path);
        var result = await TestRuns.RunAsync(script, world.Environment);
        GoldenCorpus.Runtime.Verify(name, RunReport.Render(result, script) + RunReport.RenderEffects(world));
    }
}
