using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Security;

/// <summary>
/// Compact JWE (RFC 7516) tokens. Key management: dir (the key is the content key), A128KW/A192KW/A256KW (AES key
/// wrap with a 16/24/32-byte key), RSA-OAEP and RSA-OAEP-256. Content: A128GCM/A192GCM/A256GCM and
/// A128CBC-HS256/A192CBC-HS384/A256CBC-HS512. Content keys and IVs come from the run's randomness.
/// </summary>
public static class JsonWebEncryption
{
    public sealed record Algorithms(string Key, string Content);

    public static string Encode(XsValue payload, XsObject headers, XsValue key, Algorithms algorithms, long ttl, DateTimeOffset now, Random random, Func<string, Exception> fail)
    {
        var (alg, enc) = Check(algorithms, fail);
        var header = TokenClaims.Header(XsObject.Empty.Set("alg", XsValue.Text(alg)).Set("enc", XsValue.Text(enc)), headers);
        var protectedHeader = TokenClaims.Segment(XsValue.Object(header));
        var cek = alg == "dir" ? DirectKey(key, enc, fail) : RandomSource.Bytes(random, ContentKeyLength(enc));
        var encryptedKey = WrapKey(alg, key, cek, fail);
        var plain = Encoding.UTF8.GetBytes(JsonValues.Serialize(TokenClaims.Stamp(payload, ttl, now, fail)));
        var iv = RandomSource.Bytes(random, enc.EndsWith("GCM", StringComparison.Ordinal) ? 12 : 16);
        var (cipher, tag) = Seal(enc, cek, iv, plain, Encoding.ASCII.GetBytes(protectedHeader));
        return string.Join('.', protectedHeader, TokenClaims.Segment(encryptedKey), TokenClaims.Segment(iv), TokenClaims.Segment(cipher), TokenClaims.Segment(tag));
    }

    public static XsValue Decode(string token, XsValue key, Algorithms algorithms, XsObject checkClaims, long drift, DateTimeOffset now, Func<string, Exception> fail)
    {
        var (alg, enc) = Check(algorithms, fail);
        var parts = token.Trim().Split('.');
        if (parts.Length != 5)
            throw fail("the text is not a JWE token (five parts separated by dots).");
        var header = TokenClaims.Json(parts[0], fail);
        var used = header.Kind == ValueKind.Object
            ? new Algorithms(ValueConversions.ToText(header.AsObject.Get("alg")), ValueConversions.ToText(header.AsObject.Get("enc")))
            : new Algorithms("", "");
        if (used != new Algorithms(alg, enc))
            throw fail($"the token uses {used.Key} with {used.Content}, not {alg} with {enc}.");
        var cek = UnwrapKey(alg, key, TokenClaims.Bytes(parts[1], fail), enc, fail);
        var plain = Open(enc, cek, TokenClaims.Bytes(parts[2], fail), TokenClaims.Bytes(parts[3], fail), TokenClaims.Bytes(parts[4], fail),
            Encoding.ASCII.GetBytes(parts[0]), fail);
        var payload = JsonValues.TryParse(Encoding.UTF8.GetString(plain), out var value) ? value : throw fail("the token's payload is not JSON.");
        TokenClaims.Check(payload, checkClaims, drift, now, fail);
        return payload;
    }

    private static (string Alg, string Enc) Check(Algorithms algorithms, Func<string, Exception> fail)
    {
        var alg = algorithms.Key.Trim().ToUpperInvariant();
        var enc = algorithms.Content.Trim().ToUpperInvariant();
        if (alg == "DIR")
            alg = "dir";
        if (alg is not ("dir" or "A128KW" or "A192KW" or "A256KW" or "RSA-OAEP" or "RSA-OAEP-256"))
            throw fail($"\"{algorithms.Key}\" is not a supported key algorithm (dir, A128KW, A192KW, A256KW, RSA-OAEP, RSA-OAEP-256).");
        if (enc is not ("A128GCM" or "A192GCM" or "A256GCM" or "A128CBC-HS256" or "A192CBC-HS384" or "A256CBC-HS512"))
            throw fail($"\"{algorithms.Content}\" is not a supported content algorithm (A128GCM…A256GCM, A128CBC-HS256…A256CBC-HS512).");
        return (alg, enc);
    }

    private static int ContentKeyLength(string enc) => int.Parse(enc.AsSpan(1, 3), System.Globalization.CultureInfo.InvariantCulture) / 8 * (enc.EndsWith("GCM", StringComparison.Ordinal) ? 1 : 2);

    private static byte[] DirectKey(XsValue key, string enc, Func<string, Exception> fail)
    {
        var secret = JwtKeys.Secret(key, fail);
        return secret.Length == ContentKeyLength(enc) ? secret : throw fail($"dir with {enc} needs a {ContentKeyLength(enc)}-byte key, not {secret.Length} bytes.");
    }

    private static byte[] KeyEncryptionKey(string alg, XsValue key, Func<string, Exception> fail)
    {
        var secret = JwtKeys.Secret(key, fail);
        var length = int.Parse(alg.AsSpan(1, 3), System.Globalization.CultureInfo.InvariantCulture) / 8;
        return secret.Length == length ? secret : throw fail($"{alg} needs a {length}-byte key, not {secret.Length} bytes.");
    }

    private static byte[] WrapKey(string alg, XsValue key, byte[] cek, Func<string, Exception> fail)
    {
        if (alg == "dir")
            return [];
        if (alg.StartsWith("RSA", StringComparison.Ordinal))
        {
            using var rsa = JwtKeys.Rsa(key, fail);
            return rsa.Encrypt(cek, alg == "RSA-OAEP" ? RSAEncryptionPadding.OaepSHA1 : RSAEncryptionPadding.OaepSHA256);
        }
        return AesKeyWrap.Wrap(KeyEncryptionKey(alg, key, fail), cek);
    }

    private static byte[] UnwrapKey(string alg, XsValue key, byte[] encryptedKey, string enc, Func<string, Exception> fail)
    {
        byte[]? cek;
        if (alg == "dir")
            cek = DirectKey(key, enc, fail);
        else if (alg.StartsWith("RSA", StringComparison.Ordinal))
        {
            using var rsa = JwtKeys.Rsa(key, fail);
            try
            {
                cek = rsa.Decrypt(encryptedKey, alg == "RSA-OAEP" ? RSAEncryptionPadding.OaepSHA1 : RSAEncryptionPadding.OaepSHA256);
            }
            catch (CryptographicException)
            {
                cek = null;
            }
        }
        else
            cek = AesKeyWrap.Unwrap(KeyEncryptionKey(alg, key, fail), encryptedKey);
        return cek is not null && cek.Length == ContentKeyLength(enc) ? cek : throw fail("the token cannot be decrypted with this key.");
    }

    private static (byte[] Cipher, byte[] Tag) Seal(string enc, byte[] cek, byte[] iv, byte[] plain, byte[] aad)
    {
        if (enc.EndsWith("GCM", StringComparison.Ordinal))
        {
            using var gcm = new AesGcm(cek, 16);
            var cipher = new byte[plain.Length];
            var tag = new byte[16];
            gcm.Encrypt(iv, plain, cipher, tag, aad);
            return (cipher, tag);
        }
        var half = cek.Length / 2;
        using var aes = Aes.Create();
        aes.Key = cek[half..];
        var encrypted = aes.EncryptCbc(plain, iv, PaddingMode.PKCS7);
        return (encrypted, CbcTag(enc, cek[..half], aad, iv, encrypted));
    }

    private static byte[] Open(string enc, byte[] cek, byte[] iv, byte[] cipher, byte[] tag, byte[] aad, Func<string, Exception> fail)
    {
        try
        {
            if (enc.EndsWith("GCM", StringComparison.Ordinal))
            {
                using var gcm = new AesGcm(cek, 16);
                var plain = new byte[cipher.Length];
                gcm.Decrypt(iv, cipher, tag, plain, aad);
                return plain;
            }
            var half = cek.Length / 2;
            if (!CryptographicOperations.FixedTimeEquals(CbcTag(enc, cek[..half], aad, iv, cipher), tag))
                throw new CryptographicException();
            using var aes = Aes.Create();
            aes.Key = cek[half..];
            return aes.DecryptCbc(cipher, iv, PaddingMode.PKCS7);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw fail("the token cannot be decrypted with this key (it was changed or made with another key).");
        }
    }

    // RFC 7518 §5.2.2.1: HMAC over AAD || IV || ciphertext || AAD length in bits, cut to half.
    private static byte[] CbcTag(string enc, byte[] macKey, byte[] aad, byte[] iv, byte[] cipher)
    {
        var length = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(length, (ulong)aad.Length * 8);
        var mac = Digests.Hmac("sha" + enc[^3..], macKey, [.. aad, .. iv, .. cipher, .. length]);
        return mac[..(macKey.Length)];
    }
}
