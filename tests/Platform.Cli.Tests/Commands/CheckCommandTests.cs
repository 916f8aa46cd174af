using System.Text.Json;
using Platform.Cli.Tests.Shared;

namespace Platform.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CheckCommandTests()
    {
        _folder.Write("tasks/good.xs", Scripts.Good);
        _folder.Write("tasks/warn.xs", Scripts.WithWarning);
        _folder.Write("tasks/nested/bad.xs", Scripts.WithError);
        _folder.Write("tasks/notes.txt", "not a script {");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_FolderWithGoodAndBadFiles_PrintsDiagnosticsThenSummaryAndExitsOne()
    {
        var run = CliRun.In(_folder.Root, "check", "tasks");

        Assert.Equal(
            [
                "tasks/nested/bad.xs" + Scripts.WithErrorLine,
                "tasks/warn.xs" + Scripts.WithWarningLine,
                "3 files, 1 with errors, 2 diagnostics",
            ],
            run.Out);
        Assert.Empty(run.Error);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_OnlyWarnings_ExitsZero()
    {
        var run = CliRun.In(_folder.Root, "check", "tasks/warn.xs", "tasks/good.xs");

        Assert.Equal(["tasks/warn.xs" + Scripts.WithWarningLine, "2 files, 0 with errors, 1 diagnostic"], run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_CleanFile_PrintsOnlyTheSummary()
    {
        var run = CliRun.In(_folder.Root, "check", "tasks/good.xs");

        Assert.Equal(["1 file, 0 with errors, 0 diagnostics"], run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_FolderGivenAsDotOrWithTrailingSlash_PathsStayRelativeToIt()
    {
        var dot = CliRun.In(_folder.PathOf("tasks"), "check", ".");
        var slash = CliRun.In(_folder.Root, "check", "tasks/nested/");

        Assert.Equal("nested/bad.xs" + Scripts.WithErrorLine, dot.Out[0]);
        Assert.Equal("tasks/nested/bad.xs" + Scripts.WithErrorLine, slash.Out[0]);
    }

    [Fact]
    public void Run_Json_WritesOneObjectPerFileAndTheSummaryOnStderr()
    {
        var run = CliRun.In(_folder.Root, "check", "tasks", "--json");

        Assert.Equal(3, run.Out.Count);
        var files = run.Out.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["tasks/good.xs", "tasks/nested/bad.xs", "tasks/warn.xs"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(["task"], files.Select(f => f.GetProperty("construct").GetString()).Distinct());
        Assert.Equal(["send_report", "broken_total", "reads_input"], files.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(0, files[0].GetProperty("diagnostics").GetArrayLength());
        var error = Assert.Single(files[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("XS0303", error.GetProperty("code").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal((4, 15, 4, 17), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32(),
            error.GetProperty("endLine").GetInt32(), error.GetProperty("endColumn").GetInt32()));
        Assert.Equal("'$y' is used before any value is assigned to it.", error.GetProperty("message").GetString());
        var warning = Assert.Single(files[2].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal(["3 files, 1 with errors, 2 diagnostics"], run.Error);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_JsonOnUnparsableFile_ConstructAndNameAreNull()
    {
        _folder.Write("junk.xs", "}}}");

        var run = CliRun.In(_folder.Root, "check", "--json", "junk.xs");

        var file = JsonDocument.Parse(Assert.Single(run.Out)).RootElement;
        Assert.Equal(JsonValueKind.Null, file.GetProperty("construct").ValueKind);
        Assert.Equal(JsonValueKind.Null, file.GetProperty("name").ValueKind);
        Assert.NotEqual(0, file.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_MissingPath_ExitsTwoWithMessageOnStderr()
    {
        var run = CliRun.In(_folder.Root, "check", "tasks", "nowhere");

        Assert.Empty(run.Out);
        Assert.Equal("xs: path not found: 'nowhere'.", run.Error[0]);
        Assert.StartsWith("Usage: xs check", run.Error[1], StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData(new string[0], "xs: no files or folders given.")]
    [InlineData(new[] { "tasks", "--jsn" }, "xs: unknown option '--jsn'.")]
    public void Run_BadArguments_ExitsTwoWithMessage(string[] args, string message)
    {
        var run = CliRun.In(_folder.Root, ["check", .. args]);

        Assert.Equal(message, run.Error[0]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Run_PathAfterDoubleDash_IsAPathEvenWithALeadingDash()
    {
        _folder.Write("-odd.xs", Scripts.Good);

        var run = CliRun.In(_folder.Root, "check", "--", "-odd.xs");

        Assert.Equal(["1 file, 0 with errors, 0 diagnostics"], run.Out);
    }

    [Fact]
    public void Run_EmptyFile_ReportsTheEmptyScript()
    {
        _folder.Write("empty.xs", "");

        var run = CliRun.In(_folder.Root, "check", "empty.xs");

        Assert.Equal("empty.xs(1,1): error XS0116: The script is empty: it needs a construct such as 'task name { stack { } }'.", run.Out[0]);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_BinaryAndNonUtf8Files_ReportLocatedFileProblems()
    {
        _folder.WriteBytes("bad/image.xs", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        _folder.WriteBytes("bad/latin1.xs", [.. "task a {\n  x = \"caf"u8, 0xE9, .. "\"\n}\n"u8]);

        var run = CliRun.In(_folder.Root, "check", "bad");

        Assert.Equal(
            [
                "bad/image.xs(3,1): error XS9004: This looks like a binary file (it contains a NUL byte), not a script.",
                "bad/latin1.xs(2,11): error XS9003: The file is not valid UTF-8: byte 0xE9 cannot appear here; save it as UTF-8.",
                "2 files, 2 with errors, 2 diagnostics",
            ],
            run.Out);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_FileOverTheSizeLimit_IsReportedNotRead()
    {
        _folder.Write("big.xs", new string(' ', 2 * 1024 * 1024 + 1));

        var run = CliRun.In(_folder.Root, 2 * 1024 * 1024, "check", "big.xs");

        Assert.Equal("big.xs(1,1): error XS9002: The file is larger than 2 MiB, far beyond any script, so it was not read.", run.Out[0]);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_Help_PrintsTheCommandUsageAndExitsZero()
    {
        var run = CliRun.In(_folder.Root, "check", "--help");

        Assert.Equal("Usage: xs check <files or folders> [--json]", run.Out[0]);
        Assert.Equal(0, run.ExitCode);
    }
}
