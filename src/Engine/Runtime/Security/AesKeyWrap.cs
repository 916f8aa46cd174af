using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Platform.Engine.Runtime.Security;

/// <summary>AES Key Wrap (RFC 3394), for the A128KW/A192KW/A256KW key management of JWE.</summary>
public static class AesKeyWrap
{
    private const ulong InitialValue = 0xA6A6A6A6A6A6A6A6;

    public static byte[] Wrap(byte[] kek, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = kek;
        var n = key.Length / 8;
        var a = InitialValue;
        var r = Enumerable.Range(0, n).Select(i => key.AsSpan(i * 8, 8).ToArray()).ToArray();
        var block = new byte[16];
        for (var j = 0; j < 6; j++)
        {
            for (var i = 0; i < n; i++)
            {
                BinaryPrimitives.WriteUInt64BigEndian(block, a);
                r[i].CopyTo(block, 8);
                var b = aes.EncryptEcb(block, PaddingMode.None);
                a = BinaryPrimitives.ReadUInt64BigEndian(b) ^ (ulong)(n * j + i + 1);
                r[i] = b[8..];
            }
        }
        var output = new byte[8 + key.Length];
        BinaryPrimitives.WriteUInt64BigEndian(output, a);
        for (var i = 0; i < n; i++)
            r[i].CopyTo(output, 8 + i * 8);
        return output;
    }

    /// <summary>The unwrapped key, or null when the wrapped bytes do not check out under this key.</summary>
    public static byte[]? Unwrap(byte[] kek, byte[] wrapped)
    {
        if (wrapped.Length < 24 || wrapped.Length % 8 != 0)
            return null;
        using var aes = Aes.Create();
        aes.Key = kek;
        var n = wrapped.Length / 8 - 1;
        var a = BinaryPrimitives.ReadUInt64BigEndian(wrapped);
        var r = Enumerable.Range(0, n).Select(i => wrapped.AsSpan(8 + i * 8, 8).ToArray()).ToArray();
        var block = new byte[16];
        for (var j = 5; j >= 0; j--)
        {
            for (var i = n - 1; i >= 0; i--)
            {
                BinaryPrimitives.WriteUInt64BigEndian(block, a ^ (ulong)(n * j + i + 1));
                r[i].CopyTo(block, 8);
                var b = aes.DecryptEcb(block, PaddingMode.None);
                a = BinaryPrimitives.ReadUInt64BigEndian(b);
                r[i] = b[8..];
            }
        }
        return a == InitialValue ? r.SelectMany(x => x).ToArray() : null;
    }
}
