using System.Runtime.CompilerServices;

namespace Platform.Engine.Tests.Language;

/// <summary>
/// The golden corpus: <c>TestFiles/NNN-area/NNN-case.xs</c>, each with a <c>.out</c> beside it. Set
/// UPDATE_GOLDEN=1 to rewrite the .out files from the current behaviour (then review the diff).
/// </summary>
public static class GoldenFiles
{
    public static string Root { get; } = Path.Combine(SourceDirectory(), "TestFiles");

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static IEnumerable<string> Inputs() =>
        Directory.EnumerateFiles(Root, "*.xs", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The case name used in test output and diagnostics: "001-examples/001-daily-sales-report.xs".</summary>
    public static string NameOf(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public static string PathOf(string name) => Path.Combine(Root, name);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
