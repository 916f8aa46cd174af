using System.Security.Cryptography;

namespace Platform.Engine.Runtime.Security;

/// <summary>
/// Symmetric encryption by OpenSSL cipher name, as PHP's openssl_encrypt with raw output: aes-128/192/256 in cbc
/// (PKCS#7 padding), ecb, and gcm (the 16-byte tag is appended to the cipher text). Like OpenSSL, a short key is
/// padded with zero bytes and a long one cut; the same goes for a cbc IV. gcm needs a 12-byte IV.
/// </summary>
public static class Ciphers
{
    public static byte[] Encrypt(string algorithm, byte[] key, byte[] iv, byte[] data, Func<string, Exception> fail)
    {
        var (size, mode) = Parse(algorithm, fail);
        using var aes = Create(key, size);
        return mode switch
        {
            "cbc" => aes.EncryptCbc(data, Fit(iv, 16), PaddingMode.PKCS7),
            "ecb" => aes.EncryptEcb(data, PaddingMode.PKCS7),
            _ => EncryptGcm(Fit(key, size), Nonce(iv, fail), data),
        };
    }

    public static byte[] Decrypt(string algorithm, byte[] key, byte[] iv, byte[] data, Func<string, Exception> fail)
    {
        var (size, mode) = Parse(algorithm, fail);
        using var aes = Create(key, size);
        try
        {
            return mode switch
            {
                "cbc" => aes.DecryptCbc(data, Fit(iv, 16), PaddingMode.PKCS7),
                "ecb" => aes.DecryptEcb(data, PaddingMode.PKCS7),
                _ => DecryptGcm(Fit(key, size), Nonce(iv, fail), data, fail),
            };
        }
        catch (CryptographicException)
        {
            throw fail("the data cannot be decrypted with this key and IV.");
        }
    }

    private static (int KeyBytes, string Mode) Parse(string algorithm, Func<string, Exception> fail)
    {
        var parts = algorithm.Trim().ToLowerInvariant().Split('-');
        if (parts is ["aes", "128" or "192" or "256", "cbc" or "ecb" or "gcm"])
            return (int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) / 8, parts[2]);
        throw fail($"\"{algorithm}\" is not a supported cipher (use aes-128-cbc, aes-256-cbc, aes-256-gcm, aes-256-ecb…).");
    }

    private static Aes Create(byte[] key, int size)
    {
        var aes = Aes.Create();
        aes.Key = Fit(key, size);
        return aes;
    }

    private static byte[] Fit(byte[] bytes, int length)
    {
        var fitted = new byte[length];
        bytes.AsSpan(0, Math.Min(length, bytes.Length)).CopyTo(fitted);
        return fitted;
    }

    private static byte[] Nonce(byte[] iv, Func<string, Exception> fail) =>
        iv.Length == 12 ? iv : throw fail($"gcm needs a 12-byte IV, not {iv.Length} bytes.");

    private static byte[] EncryptGcm(byte[] key, byte[] nonce, byte[] data)
    {
        using var gcm = new AesGcm(key, 16);
        var output = new byte[data.Length + 16];
        gcm.Encrypt(nonce, data, output.AsSpan(0, data.Length), output.AsSpan(data.Length));
        return output;
    }

    private static byte[] DecryptGcm(byte[] key, byte[] nonce, byte[] data, Func<string, Exception> fail)
    {
        if (data.Length < 16)
            throw fail("the data is too short to hold a gcm tag.");
        using var gcm = new AesGcm(key, 16);
        var plain = new byte[data.Length - 16];
        gcm.Decrypt(nonce, data.AsSpan(0, plain.Length), data.AsSpan(plain.Length), plain);
        return plain;
    }
}
