using System.Text;

namespace Platform.Cli.Input;

/// <summary>
/// A script's text as the language sees it (no byte order mark), and how the file stores it, so that a
/// formatted text can be written back in the same shape: the same mark and the same line endings.
/// </summary>
internal sealed record ScriptSource(string Text, bool HasByteOrderMark, bool UsesCrLf)
{
    private static readonly UTF8Encoding Utf8NoMark = new(encoderShouldEmitUTF8Identifier: false);

    public static ScriptSource Create(string text, bool hasByteOrderMark)
    {
        var firstLineBreak = text.IndexOf('\n', StringComparison.Ordinal);
        return new ScriptSource(text, hasByteOrderMark, firstLineBreak > 0 && text[firstLineBreak - 1] == '\r');
    }

    /// <summary>The canonical formatter writes '\n'; a CRLF file gets CRLF back.</summary>
    public string WithFileLineEndings(string text) =>
        UsesCrLf ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal) : text;

    /// <summary>The bytes to write for a new text of this file: UTF-8, with the mark when the file had one.</summary>
    public byte[] Encode(string text)
    {
        var body = Utf8NoMark.GetBytes(text);
        return HasByteOrderMark ? [.. Encoding.UTF8.Preamble, .. body] : body;
    }
}
