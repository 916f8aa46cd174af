using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Platform.Cli.Output;
using Platform.Engine.Language.Text;

namespace Platform.Cli.Input;

/// <summary>The outcome of reading a script file: its text, or the one problem that stopped it being read.</summary>
internal sealed record ScriptRead(ScriptSource? Source, FileDiagnostic? Problem);

/// <summary>
/// Reads a script file as UTF-8, never more than a size limit (so a device or a runaway file cannot exhaust
/// memory), and turns file-system and encoding problems into located diagnostics instead of exceptions.
/// </summary>
internal static class ScriptReader
{
    public static ScriptRead Read(string fullPath, long maxBytes)
    {
        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(fullPath, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(FileProblems.CannotRead(e.Message));
        }
        return bytes is null ? Failed(FileProblems.TooLarge(maxBytes)) : Decode(bytes);
    }

    public static ScriptRead Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]))
            return Failed(FileProblems.Utf16());
        var hasMark = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var body = bytes.AsSpan(hasMark ? Encoding.UTF8.Preamble.Length : 0);
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
            return Failed(FileProblems.Binary(PositionAfter(Encoding.UTF8.GetString(body[..nul]))));
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
            return Failed(FileProblems.NotUtf8(PositionAfter(new string(chars, 0, charsWritten)), body[bytesRead]));
        return new ScriptRead(ScriptSource.Create(new string(chars, 0, charsWritten), hasMark), null);
    }

    /// <summary>The whole file, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadAtMost(string fullPath, long maxBytes)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.CanSeek && stream.Length > maxBytes)
            return null;
        using var content = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (content.Length + read > maxBytes)
                return null;
            content.Write(chunk, 0, read);
        }
        return content.ToArray();
    }

    /// <summary>The 1-based line and column right after a prefix of the text, where a bad byte sits.</summary>
    private static LinePosition PositionAfter(string prefix)
    {
        var lastBreak = prefix.LastIndexOf('\n');
        var line = prefix.AsSpan().Count('\n') + 1;
        return new LinePosition(line, prefix.Length - lastBreak);
    }

    private static ScriptRead Failed(FileDiagnostic problem) => new(null, problem);
}
