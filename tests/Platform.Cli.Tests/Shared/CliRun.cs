namespace Platform.Cli.Tests.Shared;

/// <summary>One in-process run of <c>xs</c>: its exit code and what it wrote, split into lines.</summary>
public sealed record CliRun(int ExitCode, IReadOnlyList<string> Out, IReadOnlyList<string> Error)
{
    /// <summary>Runs <c>xs args…</c> in <paramref name="workingDirectory"/>, with string writers for stdout and stderr.</summary>
    public static CliRun In(string workingDirectory, params string[] args) => In(workingDirectory, CliEnvironment.DefaultMaxFileBytes, args);

    public static CliRun In(string workingDirectory, long maxFileBytes, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, workingDirectory) { MaxFileBytes = maxFileBytes };
        var exitCode = CommandLine.Run(args, environment);
        return new CliRun(exitCode, Lines(output.ToString()), Lines(error.ToString()));
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
