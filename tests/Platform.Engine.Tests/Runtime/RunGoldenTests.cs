using Platform.Engine.Language;
using Platform.Engine.Runtime.Functions;
using Platform.Engine.Tests.Golden;

namespace Platform.Engine.Tests.Runtime;

/// <summary>
/// Every runtime golden script runs to exactly the log and result (or error) in its .out file.
/// Functions for function.run: a case <c>NNN-case.xs</c> may have a folder <c>NNN-case.functions/</c> beside it whose
/// <c>.xs</c> files are function scripts; they form the run's function library (by the name in each header, not the
/// file name) and are not cases themselves. Without the folder the library is empty.
/// </summary>
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
        var functions = LoadFunctions(path);
        var result = await TestRuns.RunAsync(script, world.Environment with { Functions = functions });
        GoldenCorpus.Runtime.Verify(name, RunReport.Render(result, script, functions) + RunReport.RenderEffects(world));
    }

    private static InMemoryFunctionLibrary LoadFunctions(string casePath)
    {
        var folder = Path.ChangeExtension(casePath, null) + GoldenCorpus.HelperFolderSuffix;
        if (!Directory.Exists(folder))
            return InMemoryFunctionLibrary.Empty;
        var files = Directory.EnumerateFiles(folder, "*.xs").Order(StringComparer.Ordinal);
        return new InMemoryFunctionLibrary(files.Select(file => XanoScriptParser.Parse(File.ReadAllText(file))));
    }
}
