using System.Security.Cryptography;
using System.Text;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Security;

/// <summary>
/// Compact JWS (RFC 7515) tokens with HS256/384/512 (a secret), RS256/384/512 and PS256/384/512 (an RSA key) or
/// ES256/384/512 (an EC key). The payload is any JSON value; decoding insists on the expected algorithm.
/// </summary>
public static class JsonWebSignature
{
    public static string Encode(XsValue payload, XsObject headers, XsValue key, string algorithm, long ttl, DateTimeOffset now, Func<string, Exception> fail)
    {
        var alg = Algorithm(algorithm, fail);
        var header = TokenClaims.Header(XsObject.Empty.Set("alg", XsValue.Text(alg)).Set("typ", XsValue.Text("JWT")), headers);
        var input = TokenClaims.Segment(XsValue.Object(header)) + "." + TokenClaims.Segment(TokenClaims.Stamp(payload, ttl, now, fail));
        return input + "." + TokenClaims.Segment(Sign(alg, key, Encoding.ASCII.GetBytes(input), fail));
    }

    public static XsValue Decode(string token, XsValue key, string algorithm, XsObject checkClaims, long drift, DateTimeOffset now, Func<string, Exception> fail)
    {
        var alg = Algorithm(algorithm, fail);
        var parts = token.Trim().Split('.');
        if (parts.Length != 3)
            throw fail("the text is not a JWS token (three parts separated by dots).");
        var header = TokenClaims.Json(parts[0], fail);
        var used = header.Kind == ValueKind.Object ? ValueConversions.ToText(header.AsObject.Get("alg")) : "";
        if (used != alg)
            throw fail($"the token is signed with \"{used}\", not \"{alg}\".");
        var signature = TokenClaims.Bytes(parts[2], fail);
        if (!Verify(alg, key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, fail))
            throw fail("the token's signature does not match the key.");
        var payload = TokenClaims.Json(parts[1], fail);
        TokenClaims.Check(payload, checkClaims, drift, now, fail);
        return payload;
    }

    private static string Algorithm(string algorithm, Func<string, Exception> fail)
    {
        var alg = algorithm.Trim().ToUpperInvariant();
        return alg is "HS256" or "HS384" or "HS512" or "RS256" or "RS384" or "RS512" or "PS256" or "PS384" or "PS512" or "ES256" or "ES384" or "ES512"
            ? alg
            : throw fail($"\"{algorithm}\" is not a supported signature algorithm (HS256/384/512, RS…, PS…, ES…).");
    }

    private static HashAlgorithmName Hash(string alg) => alg[2..] switch
    {
        "256" => HashAlgorithmName.SHA256,
        "384" => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };

    private static RSASignaturePadding Padding(string alg) => alg[0] == 'P' ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;

    private static byte[] Sign(string alg, XsValue key, byte[] input, Func<string, Exception> fail)
    {
        switch (alg[0])
        {
            case 'H':
                return Digests.Hmac("sha" + alg[2..], JwtKeys.Secret(key, fail), input);
            case 'R' or 'P':
            {
                using var rsa = JwtKeys.Rsa(key, fail);
                return Guard(() => rsa.SignData(input, Hash(alg), Padding(alg)), fail);
            }
            default:
            {
                using var ec = JwtKeys.EllipticCurve(key, fail);
                return Guard(() => ec.SignData(input, Hash(alg)), fail);
            }
        }
    }

    private static bool Verify(string alg, XsValue key, byte[] input, byte[] signature, Func<string, Exception> fail)
    {
        switch (alg[0])
        {
            case 'H':
                return CryptographicOperations.FixedTimeEquals(Digests.Hmac("sha" + alg[2..], JwtKeys.Secret(key, fail), input), signature);
            case 'R' or 'P':
            {
                using var rsa = JwtKeys.Rsa(key, fail);
                return rsa.VerifyData(input, signature, Hash(alg), Padding(alg));
            }
            default:
            {
                using var ec = JwtKeys.EllipticCurve(key, fail);
                return ec.VerifyData(input, signature, Hash(alg));
            }
        }
    }

    private static byte[] Guard(Func<byte[]> sign, Func<string, Exception> fail)
    {
        try
        {
            return sign();
        }
        catch (CryptographicException)
        {
            throw fail("the key cannot sign (a private key is needed).");
        }
    }
}
