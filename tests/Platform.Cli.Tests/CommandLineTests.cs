using Platform.Cli.Tests.Shared;

namespace Platform.Cli.Tests;

public sealed class CommandLineTests
{
    private static readonly string Here = Path.GetTempPath();

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Run_Help_PrintsTheOverviewAndExitsZero(string flag)
    {
        var run = CliRun.In(Here, flag);

        Assert.Equal("xs - check, format and run XanoScript (.xs) files", run.Out[0]);
        Assert.Contains("  xs check <files or folders> [--json]   parse and analyze scripts, print their diagnostics", run.Out);
        Assert.Empty(run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("check", "Usage: xs check <files or folders> [--json]")]
    [InlineData("fmt", "Usage: xs fmt <files or folders> [--check]")]
    public void Run_HelpForACommand_PrintsThatCommandsUsage(string command, string firstLine)
    {
        Assert.Equal(firstLine, CliRun.In(Here, "help", command).Out[0]);
        Assert.Equal(firstLine, CliRun.In(Here, command, "-h").Out[0]);
    }

    [Fact]
    public void Run_Version_PrintsTheVersion()
    {
        var run = CliRun.In(Here, "--version");

        Assert.StartsWith("xs 0.1.0", Assert.Single(run.Out), StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_NoArguments_ExitsTwoWithUsageOnStderr()
    {
        var run = CliRun.In(Here);

        Assert.Empty(run.Out);
        Assert.Equal(["xs: no command given.", "Usage: xs <check|fmt|run> <files or folders> [options]   (xs --help for more)"], run.Error);
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("lint", "xs: unknown command 'lint'.")]
    [InlineData("--json", "xs: unknown option '--json'.")]
    public void Run_UnknownCommandOrOption_ExitsTwo(string arg, string message)
    {
        var run = CliRun.In(Here, arg, "tasks");

        Assert.Equal(message, run.Error[0]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Run_HelpForAnUnknownCommand_ExitsTwo()
    {
        Assert.Equal(2, CliRun.In(Here, "help", "lint").ExitCode);
    }
}
