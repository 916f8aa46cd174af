using System.Text;
using Platform.Cli.Input;
using Platform.Cli.Tests.Shared;
using Platform.Engine.Language.Text;

namespace Platform.Cli.Tests.Input;

public sealed class ScriptReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Decode_Utf8WithMarkAndCrLf_DropsTheMarkAndRemembersBoth()
    {
        var read = ScriptReader.Decode([.. Encoding.UTF8.Preamble, .. "task a {\r\n}\r\n"u8]);

        Assert.Null(read.Problem);
        Assert.Equal(new ScriptSource("task a {\r\n}\r\n", HasByteOrderMark: true, UsesCrLf: true), read.Source);
    }

    [Fact]
    public void Decode_InvalidUtf8_PointsAtTheByte()
    {
        var read = ScriptReader.Decode([.. "ab\ncdé"u8, 0xC3, (byte)'x']);

        Assert.Null(read.Source);
        Assert.Equal(FileProblems.NotUtf8Code, read.Problem!.Code);
        Assert.Equal(new LinePosition(2, 4), read.Problem.Start);
        Assert.Contains("byte 0xC3", read.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NulByte_IsABinaryFile()
    {
        var read = ScriptReader.Decode([.. "task\n  x"u8, 0, 1]);

        Assert.Equal(FileProblems.BinaryCode, read.Problem!.Code);
        Assert.Equal(new LinePosition(2, 4), read.Problem.Start);
    }

    [Fact]
    public void Decode_Utf16_AsksForUtf8()
    {
        var read = ScriptReader.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("task")).ToArray());

        Assert.Equal(FileProblems.NotUtf8Code, read.Problem!.Code);
        Assert.Contains("UTF-16", read.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Folder_IsAReadProblemNotAnException()
    {
        var read = ScriptReader.Read(_folder.Root, CliEnvironment.DefaultMaxFileBytes);

        Assert.Equal(FileProblems.CannotReadCode, read.Problem!.Code);
        Assert.StartsWith("Cannot read the file: ", read.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileAtTheLimit_IsReadAndOneByteMoreIsNot()
    {
        _folder.Write("at.xs", new string('a', 1024));
        _folder.Write("over.xs", new string('a', 1025));

        Assert.Equal(1024, ScriptReader.Read(_folder.PathOf("at.xs"), 1024).Source!.Text.Length);
        Assert.Equal(FileProblems.TooLargeCode, ScriptReader.Read(_folder.PathOf("over.xs"), 1024).Problem!.Code);
    }
}
