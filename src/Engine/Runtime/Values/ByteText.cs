using System.Text;

namespace Platform.Engine.Runtime.Values;

/// <summary>
/// Bytes carried in text values. XanoScript text is PHP's byte string: hashes, ciphers and base64 work on bytes, and
/// their raw output need not be UTF-8. Valid UTF-8 reads as ordinary text; each byte that is not part of valid UTF-8
/// becomes a lone surrogate U+DC80–U+DCFF (Python's "surrogateescape"), so the bytes come back exactly when the
/// text is turned into bytes again, and ordinary text is never changed.
/// </summary>
public static class ByteText
{
    private const char EscapeBase = '\uDC00';

    public static byte[] GetBytes(string text)
    {
        if (!HasEscapes(text))
            return Encoding.UTF8.GetBytes(text);
        var bytes = new List<byte>(text.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsEscape(text, i))
            {
                bytes.Add((byte)(c - EscapeBase));
                continue;
            }
            var rune = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? new Rune(c, text[++i])
                : Rune.TryCreate(c, out var single) ? single : Rune.ReplacementChar;
            var length = rune.EncodeToUtf8(buffer);
            for (var b = 0; b < length; b++)
                bytes.Add(buffer[b]);
        }
        return [.. bytes];
    }

    public static string FromBytes(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
                builder.Append(rune.ToString());
            else
            {
                consumed = 1;
                builder.Append((char)(EscapeBase + bytes[0]));
            }
            bytes = bytes[consumed..];
        }
        return builder.ToString();
    }

    /// <summary>True when the text holds bytes that are not UTF-8 (it came from binary data).</summary>
    public static bool HasEscapes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text, i))
                return true;
        }
        return false;
    }

    private static bool IsEscape(string text, int i) =>
        text[i] is >= '\uDC80' and <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
}
