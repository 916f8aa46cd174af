using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Engine.Runtime.Security;

/// <summary>
/// Reversible, salted disguises for integer ids: the 8 id bytes masked with a key stream derived from the salt,
/// followed by a 4-byte check, in URL-safe base64 (16 characters). Decoding with another salt fails the check.
/// </summary>
public static class SecureIds
{
    public static string Encode(long id, string salt)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(salt));
        var bytes = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(bytes, id);
        Mask(key, bytes.AsSpan(0, 8));
        Check(key, bytes.AsSpan(0, 8)).CopyTo(bytes.AsSpan(8));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool TryDecode(string text, string salt, out long id)
    {
        id = 0;
        var bytes = new byte[12];
        var base64 = text.Trim().Replace('-', '+').Replace('_', '/');
        if (base64.Length != 16 || !Convert.TryFromBase64String(base64, bytes, out var written) || written != 12)
            return false;
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(salt));
        if (!CryptographicOperations.FixedTimeEquals(Check(key, bytes.AsSpan(0, 8)), bytes.AsSpan(8)))
            return false;
        Mask(key, bytes.AsSpan(0, 8));
        id = BinaryPrimitives.ReadInt64BigEndian(bytes);
        return true;
    }

    private static void Mask(byte[] key, Span<byte> bytes)
    {
        var stream = HMACSHA256.HashData(key, "secureid-mask"u8);
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] ^= stream[i];
    }

    private static byte[] Check(byte[] key, ReadOnlySpan<byte> masked) => HMACSHA256.HashData(key, masked)[..4];
}
