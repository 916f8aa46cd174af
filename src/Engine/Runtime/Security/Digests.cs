using System.Security.Cryptography;

namespace Platform.Engine.Runtime.Security;

/// <summary>Message digests and HMACs by their script names (md5, sha1, sha256, sha384, sha512).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "Scripts ask for md5 by name, for checksums and old APIs.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "Scripts ask for sha1 by name, for checksums and old APIs.")]
public static class Digests
{
    public static byte[] Hash(string algorithm, byte[] data) => algorithm switch
    {
        "md5" => MD5.HashData(data),
        "sha1" => SHA1.HashData(data),
        "sha256" => SHA256.HashData(data),
        "sha384" => SHA384.HashData(data),
        "sha512" => SHA512.HashData(data),
        _ => throw new ArgumentException($"Unknown digest '{algorithm}'.", nameof(algorithm)),
    };

    public static byte[] Hmac(string algorithm, byte[] key, byte[] data) => algorithm switch
    {
        "md5" => HMACMD5.HashData(key, data),
        "sha1" => HMACSHA1.HashData(key, data),
        "sha256" => HMACSHA256.HashData(key, data),
        "sha384" => HMACSHA384.HashData(key, data),
        "sha512" => HMACSHA512.HashData(key, data),
        _ => throw new ArgumentException($"Unknown digest '{algorithm}'.", nameof(algorithm)),
    };
}
