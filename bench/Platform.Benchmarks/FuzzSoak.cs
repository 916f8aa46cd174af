using System.Globalization;
using Platform.Tests.Shared.Fuzzing;

namespace Platform.Benchmarks;

/// <summary>The long fuzz run: many random and mutated scripts through the whole front end, with figures printed.</summary>
public static class FuzzSoak
{
    public static int Run(int cases)
    {
        var corpusRoot = Path.Combine(FindRepositoryRoot(), "tests", "Platform.Engine.Tests", "Language", "TestFiles");
        var corpus = Directory.EnumerateFiles(corpusRoot, "*.xs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var report = new ScriptFuzzer(corpus, seed: 7).Run(cases);
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"fuzz: {report.Cases:N0} cases from {corpus.Count} corpus files in {report.TotalMilliseconds:N0} ms"));
        Console.WriteLine(string.Create(culture, $"fuzz: slowest case {report.Slowest.TotalMilliseconds:N1} ms ({report.SlowestInput.Length} characters)"));
        if (report.Failure is null)
        {
            Console.WriteLine("fuzz: no exception escaped");
            return 0;
        }
        Console.WriteLine($"fuzz: case {report.Cases} threw {report.Failure}\n--- input ---\n{report.FailingInput}\n---");
        return 1;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
