using System.Buffers.Text;
using System.Text;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Security;

/// <summary>What JWS and JWE tokens share: JSON segments in base64url, expiry stamping and claim checks against the run's clock.</summary>
public static class TokenClaims
{
    /// <summary>The payload with iat and exp (now + ttl) when ttl is positive; an expiring payload must be an object.</summary>
    public static XsValue Stamp(XsValue payload, long ttl, DateTimeOffset now, Func<string, Exception> fail)
    {
        if (ttl <= 0)
            return payload;
        if (payload.Kind is not (ValueKind.Object or ValueKind.Null))
            throw fail("a token with a ttl needs an object payload, to hold its exp claim.");
        var claims = payload.IsNull ? XsObject.Empty : payload.AsObject;
        var seconds = now.ToUnixTimeSeconds();
        return XsValue.Object(claims.Set("iat", XsValue.Int(seconds)).Set("exp", XsValue.Int(seconds + ttl)));
    }

    /// <summary>Rejects an expired or not-yet-valid token (allowing <paramref name="drift"/> seconds) and claims that differ from <paramref name="expected"/>.</summary>
    public static void Check(XsValue payload, XsObject expected, long drift, DateTimeOffset now, Func<string, Exception> fail)
    {
        if (payload.Kind != ValueKind.Object)
        {
            if (expected.Count > 0)
                throw fail("the token's payload is not an object, so its claims cannot be checked.");
            return;
        }
        var claims = payload.AsObject;
        var seconds = now.ToUnixTimeSeconds();
        if (claims.TryGet("exp", out var exp) && ValueConversions.TryToNumber(exp, out var expires) && seconds > expires.ToDouble() + drift)
            throw fail("the token has expired.");
        if (claims.TryGet("nbf", out var nbf) && ValueConversions.TryToNumber(nbf, out var notBefore) && seconds + drift < notBefore.ToDouble())
            throw fail("the token is not valid yet.");
        foreach (var (name, value) in expected)
        {
            if (!claims.TryGet(name, out var actual) || !ValueComparer.LooseEquals(actual, value))
                throw fail($"the token's \"{name}\" claim does not match.");
        }
    }

    public static string Segment(XsValue value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonValues.Serialize(value)));

    public static string Segment(byte[] bytes) => Base64Url.EncodeToString(bytes);

    public static byte[] Bytes(string segment, Func<string, Exception> fail)
    {
        try
        {
            return Base64Url.DecodeFromChars(segment);
        }
        catch (FormatException)
        {
            throw fail("the token is malformed (a part is not base64url).");
        }
    }

    public static XsValue Json(string segment, Func<string, Exception> fail) =>
        JsonValues.TryParse(Encoding.UTF8.GetString(Bytes(segment, fail)), out var value)
            ? value
            : throw fail("the token is malformed (a part is not JSON).");

    /// <summary>The protected header: alg (and enc) first, then the script's own headers, which cannot replace them.</summary>
    public static XsObject Header(XsObject fixedFields, XsObject extra)
    {
        var header = fixedFields;
        foreach (var (name, value) in extra)
        {
            if (!fixedFields.ContainsKey(name))
                header = header.Set(name, value);
        }
        return header;
    }
}
