using System.Runtime.CompilerServices;

namespace Platform.Engine.Tests.Golden;

/// <summary>
/// A golden corpus: <c>TestFiles/NNN-area/NNN-case.xs</c>, each with a <c>.out</c> beside it. Set
/// UPDATE_GOLDEN=1 to rewrite the .out files from the current behaviour (then review the diff).
/// </summary>
public sealed class GoldenCorpus(string root)
{
    /// <summary>Parser and analyzer cases: diagnostics and tree.</summary>
    public static GoldenCorpus Language { get; } = new(Path.Combine(TestsDirectory(), "Language", "TestFiles"));

    /// <summary>Runtime cases: log, result or error.</summary>
    public static GoldenCorpus Runtime { get; } = new(Path.Combine(TestsDirectory(), "Runtime", "TestFiles"));

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public string Root { get; } = root;

    /// <summary>Every case; scripts in a <c>NNN-case.functions/</c> folder are a case's helpers, not cases (see RunGoldenTests).</summary>
    public IEnumerable<string> Inputs() =>
        Directory.EnumerateFiles(Root, "*.xs", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(Path.GetDirectoryName(path)!).EndsWith(HelperFolderSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The folder beside a case that holds its helper scripts: <c>001-case.xs</c> has <c>001-case.functions/</c>.</summary>
    public const string HelperFolderSuffix = ".functions";

    public TheoryData<string> Cases() => [.. Inputs().Select(NameOf)];

    /// <summary>The case name used in test output and diagnostics: "001-examples/001-daily-sales-report.xs".</summary>
    public string NameOf(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Compares the output with the case's .out file (rewriting it first when updating).</summary>
    public void Verify(string name, string actual)
    {
        var expectedPath = Path.ChangeExtension(PathOf(name), ".out");
        if (Updating)
            File.WriteAllText(expectedPath, actual);

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static string TestsDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;
}
