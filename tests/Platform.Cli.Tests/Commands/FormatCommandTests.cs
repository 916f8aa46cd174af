using System.Text;
using Platform.Cli.Tests.Shared;

namespace Platform.Cli.Tests.Commands;

public sealed class FormatCommandTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TempFolder _folder = new();

    public FormatCommandTests()
    {
        _folder.Write("tasks/good.xs", Scripts.Good);
        _folder.Write("tasks/nested/messy.xs", Scripts.Unformatted);
        _folder.Write("tasks/notes.txt", "not   a script");
        foreach (var file in Directory.EnumerateFiles(_folder.Root, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, LongAgo);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_FolderWithFormattedAndUnformattedFiles_RewritesOnlyTheUnformatted()
    {
        var run = CliRun.In(_folder.Root, "fmt", "tasks");

        Assert.Equal(["tasks/nested/messy.xs: formatted", "2 files, 1 formatted"], run.Out);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Scripts.UnformattedCanonical, _folder.Read("tasks/nested/messy.xs"));
        Assert.Equal(Scripts.Good, _folder.Read("tasks/good.xs"));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(_folder.PathOf("tasks/good.xs")));
        Assert.Equal("not   a script", _folder.Read("tasks/notes.txt"));
    }

    [Fact]
    public void Run_Twice_SecondRunFormatsNothing()
    {
        CliRun.In(_folder.Root, "fmt", "tasks");

        var run = CliRun.In(_folder.Root, "fmt", "tasks");

        Assert.Equal(["2 files, 0 formatted"], run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_Check_ListsUnformattedFilesChangesNothingAndExitsOne()
    {
        var run = CliRun.In(_folder.Root, "fmt", "--check", "tasks");

        Assert.Equal(["tasks/nested/messy.xs: not formatted", "2 files, 1 need formatting"], run.Out);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Scripts.Unformatted, _folder.Read("tasks/nested/messy.xs"));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(_folder.PathOf("tasks/nested/messy.xs")));
    }

    [Fact]
    public void Run_CheckOnFormattedFiles_ExitsZero()
    {
        var run = CliRun.In(_folder.Root, "fmt", "tasks/good.xs", "--check");

        Assert.Equal(["1 file, 0 need formatting"], run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_FileWithSyntaxErrors_IsLeftUntouchedAndItsErrorsPrinted()
    {
        _folder.Write("tasks/cut.xs", Scripts.SyntaxError);

        var run = CliRun.In(_folder.Root, "fmt", "tasks/cut.xs", "tasks/nested/messy.xs");

        Assert.Equal(
            [
                .. Scripts.SyntaxErrorLines.Select(line => "tasks/cut.xs" + line),
                "tasks/nested/messy.xs: formatted",
                "2 files, 1 formatted, 1 with errors",
            ],
            run.Out);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Scripts.SyntaxError, _folder.Read("tasks/cut.xs"));
    }

    [Fact]
    public void Run_FileWithByteOrderMarkAndCrLf_KeepsBoth()
    {
        var crlf = Scripts.Unformatted.Replace("\n", "\r\n", StringComparison.Ordinal);
        _folder.WriteBytes("windows.xs", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(crlf)]);

        var run = CliRun.In(_folder.Root, "fmt", "windows.xs");

        Assert.Equal(["windows.xs: formatted", "1 file, 1 formatted"], run.Out);
        var expected = Scripts.UnformattedCanonical.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(expected)], _folder.ReadBytes("windows.xs"));
    }

    [Fact]
    public void Run_CanonicalFileWithCrLf_IsNotRewritten()
    {
        _folder.Write("windows.xs", Scripts.Good.Replace("\n", "\r\n", StringComparison.Ordinal));

        var run = CliRun.In(_folder.Root, "fmt", "--check", "windows.xs");

        Assert.Equal(["1 file, 0 need formatting"], run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_BinaryFile_IsReportedAndLeftAlone()
    {
        _folder.WriteBytes("blob.xs", [1, 2, 0, 3]);

        var run = CliRun.In(_folder.Root, "fmt", "blob.xs");

        Assert.Equal(
            ["blob.xs(1,3): error XS9004: This looks like a binary file (it contains a NUL byte), not a script.", "1 file, 0 formatted, 1 with errors"],
            run.Out);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([1, 2, 0, 3], _folder.ReadBytes("blob.xs"));
    }

    [Fact]
    public void Run_MissingPath_ExitsTwo()
    {
        var run = CliRun.In(_folder.Root, "fmt", "gone.xs", "also-gone");

        Assert.Equal("xs: paths not found: 'gone.xs', 'also-gone'.", run.Error[0]);
        Assert.Equal(2, run.ExitCode);
    }
}
