using System.Buffers.Text;
using System.Security.Cryptography;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Security;

/// <summary>
/// Key material for tokens: a secret is text (its bytes) or an octet JWK <c>{kty: "oct", k}</c>; RSA and EC keys are
/// PEM text or JWK objects (as security.create_rsa_key / create_curve_key make them).
/// </summary>
public static class JwtKeys
{
    public static byte[] Secret(XsValue key, Func<string, Exception> fail)
    {
        if (key.Kind == ValueKind.Object)
        {
            return Text(key.AsObject, "kty") == "oct" && key.AsObject.Get("k").Kind == ValueKind.Text
                ? Bytes(key.AsObject, "k", fail)
                : throw fail("a key object must be an octet JWK {kty: \"oct\", k: …}.");
        }
        var bytes = ByteText.GetBytes(ValueConversions.ToText(key));
        return bytes.Length > 0 ? bytes : throw fail("it needs a key.");
    }

    public static RSA Rsa(XsValue key, Func<string, Exception> fail)
    {
        var rsa = RSA.Create();
        try
        {
            if (key.Kind == ValueKind.Object)
                rsa.ImportParameters(RsaParameters(key.AsObject, fail));
            else
                rsa.ImportFromPem(ValueConversions.ToText(key));
            return rsa;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw fail("the key is not an RSA key (PEM text or a JWK object).");
        }
    }

    public static ECDsa EllipticCurve(XsValue key, Func<string, Exception> fail)
    {
        var ec = ECDsa.Create();
        try
        {
            if (key.Kind == ValueKind.Object)
                ec.ImportParameters(EcParameters(key.AsObject, fail));
            else
                ec.ImportFromPem(ValueConversions.ToText(key));
            return ec;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            ec.Dispose();
            throw fail("the key is not an elliptic-curve key (PEM text or a JWK object).");
        }
    }

    /// <summary>The JWK of an RSA key, with its private parts when <paramref name="includePrivate"/>.</summary>
    public static XsObject RsaJwk(RSA rsa, bool includePrivate)
    {
        var p = rsa.ExportParameters(includePrivate);
        var jwk = XsObject.Empty.Set("kty", XsValue.Text("RSA")).Set("n", Encode(p.Modulus)).Set("e", Encode(p.Exponent));
        if (!includePrivate)
            return jwk;
        return jwk.Set("d", Encode(p.D)).Set("p", Encode(p.P)).Set("q", Encode(p.Q))
            .Set("dp", Encode(p.DP)).Set("dq", Encode(p.DQ)).Set("qi", Encode(p.InverseQ));
    }

    public static XsObject EcJwk(ECDsa ec, string curve, bool includePrivate)
    {
        var p = ec.ExportParameters(includePrivate);
        var jwk = XsObject.Empty.Set("kty", XsValue.Text("EC")).Set("crv", XsValue.Text(curve))
            .Set("x", Encode(p.Q.X)).Set("y", Encode(p.Q.Y));
        return includePrivate ? jwk.Set("d", Encode(p.D)) : jwk;
    }

    public static XsValue Encode(byte[]? bytes) => XsValue.Text(Base64Url.EncodeToString(bytes ?? []));

    private static RSAParameters RsaParameters(XsObject jwk, Func<string, Exception> fail)
    {
        if (Text(jwk, "kty") != "RSA")
            throw fail("an RSA key object needs kty \"RSA\".");
        var parameters = new RSAParameters { Modulus = Bytes(jwk, "n", fail), Exponent = Bytes(jwk, "e", fail) };
        if (!jwk.ContainsKey("d"))
            return parameters;
        parameters.D = Bytes(jwk, "d", fail);
        parameters.P = Bytes(jwk, "p", fail);
        parameters.Q = Bytes(jwk, "q", fail);
        parameters.DP = Bytes(jwk, "dp", fail);
        parameters.DQ = Bytes(jwk, "dq", fail);
        parameters.InverseQ = Bytes(jwk, "qi", fail);
        return parameters;
    }

    private static ECParameters EcParameters(XsObject jwk, Func<string, Exception> fail)
    {
        var curve = Text(jwk, "crv") switch
        {
            "P-256" => ECCurve.NamedCurves.nistP256,
            "P-384" => ECCurve.NamedCurves.nistP384,
            "P-521" => ECCurve.NamedCurves.nistP521,
            var other => throw fail($"the curve \"{other}\" is not supported (use P-256, P-384 or P-521)."),
        };
        var parameters = new ECParameters { Curve = curve, Q = new ECPoint { X = Bytes(jwk, "x", fail), Y = Bytes(jwk, "y", fail) } };
        if (jwk.ContainsKey("d"))
            parameters.D = Bytes(jwk, "d", fail);
        return parameters;
    }

    private static string Text(XsObject jwk, string name) => ValueConversions.ToText(jwk.Get(name));

    private static byte[] Bytes(XsObject jwk, string name, Func<string, Exception> fail)
    {
        try
        {
            return Base64Url.DecodeFromChars(Text(jwk, name));
        }
        catch (FormatException)
        {
            throw fail($"the key's \"{name}\" is not base64url.");
        }
    }
}
