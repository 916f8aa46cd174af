using System.Diagnostics;
using Platform.Cli.Tests.Shared;

namespace Platform.Cli.Tests;

/// <summary>The real entry point, as a child process: <c>dotnet xs.dll …</c>.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Main_CheckOnAFolderWithAnError_PrintsToStdoutAndExitsOne()
    {
        _folder.Write("tasks/good.xs", Scripts.Good);
        _folder.Write("tasks/bad.xs", Scripts.WithError);

        var (exitCode, output, error) = await RunXs(_folder.Root, "check", "tasks");

        Assert.Equal("", error);
        Assert.Equal($"tasks/bad.xs{Scripts.WithErrorLine}\n2 files, 1 with errors, 1 diagnostic\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Main_NoArguments_ExitsTwo()
    {
        var (exitCode, output, error) = await RunXs(_folder.Root);

        Assert.Equal("", output);
        Assert.StartsWith("xs: no command given.", error, StringComparison.Ordinal);
        Assert.Equal(2, exitCode);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunXs(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "xs.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
