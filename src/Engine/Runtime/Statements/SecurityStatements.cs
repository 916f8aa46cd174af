using System.Security.Cryptography;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Security;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// security.* (reference §6.8), on the same implementations as the security filters. Randomness comes from the run
/// (seeded in tests); generated RSA and EC keys come from the system and are never reproducible.
/// </summary>
internal static class SecurityStatements
{
    private const long MaxRandomBytes = 1024 * 1024;

    public static void Register(StatementRegistry registry)
    {
        registry.Add("security.create_uuid", call => Done(XsValue.Text(RandomSource.Uuid(call.Run.Environment.Random))));
        registry.Add("security.random_number", RandomNumber);
        registry.Add("security.random_bytes", RandomBytes);
        registry.Add("security.create_password", CreatePassword);
        registry.Add("security.check_password", call => Done(XsValue.Bool(Passwords.Verify(call.Text("text_password"), call.Text("hash_password")))));
        registry.Add("security.encrypt", call => Cipher(call, Ciphers.Encrypt));
        registry.Add("security.decrypt", call => Cipher(call, Ciphers.Decrypt));
        registry.Add("security.jws_encode", JwsEncode);
        registry.Add("security.jws_decode", JwsDecode);
        registry.Add("security.jwe_encode", JweEncode);
        registry.Add("security.jwe_decode", JweDecode);
        registry.Add("security.create_secret_key", CreateSecretKey);
        registry.Add("security.create_rsa_key", CreateRsaKey);
        registry.Add("security.create_curve_key", CreateCurveKey);
    }

    private static ValueTask<XsValue> Done(XsValue value) => ValueTask.FromResult(value);

    private static long Integer(StatementCall call, string attribute)
    {
        var number = call.Number(attribute);
        return double.IsFinite(number) && Math.Abs(number) <= 9.2e18 ? (long)number : throw call.Error($"'{attribute}' is out of range.");
    }

    private static XsObject Object(StatementCall call, string attribute) =>
        SecurityFilters.ObjectArgument(call.Attribute(attribute), $"'{attribute}'", call.Error);

    private static ValueTask<XsValue> RandomNumber(StatementCall call)
    {
        long min = Integer(call, "min"), max = Integer(call, "max");
        if (min > max)
            throw call.Error($"'min' ({min}) must not be greater than 'max' ({max}).");
        return Done(XsValue.Int(RandomSource.Number(call.Run.Environment.Random, min, max)));
    }

    private static ValueTask<XsValue> RandomBytes(StatementCall call)
    {
        var length = Integer(call, "length");
        if (length is < 0 or > MaxRandomBytes)
            throw call.Error($"'length' must be from 0 to {MaxRandomBytes}, not {length}.");
        return Done(XsValue.Text(ByteText.FromBytes(RandomSource.Bytes(call.Run.Environment.Random, (int)length))));
    }

    private static ValueTask<XsValue> CreatePassword(StatementCall call)
    {
        var rules = new Passwords.Rules((int)Math.Clamp(Integer(call, "character_count"), int.MinValue, int.MaxValue),
            call.Flag("require_lowercase"), call.Flag("require_uppercase"), call.Flag("require_digit"), call.Flag("require_symbol"),
            call.Text("symbol_whitelist"));
        return Done(XsValue.Text(Passwords.Create(rules, call.Run.Environment.Random, call.Error)));
    }

    private delegate byte[] CipherOperation(string algorithm, byte[] key, byte[] iv, byte[] data, Func<string, Exception> fail);

    private static ValueTask<XsValue> Cipher(StatementCall call, CipherOperation operation)
    {
        var output = operation(call.Text("algorithm"), ByteText.GetBytes(call.Text("key")), ByteText.GetBytes(call.Text("iv")),
            ByteText.GetBytes(call.Text("data")), call.Error);
        return Done(XsValue.Text(ByteText.FromBytes(output)));
    }

    private static ValueTask<XsValue> JwsEncode(StatementCall call) =>
        Done(XsValue.Text(JsonWebSignature.Encode(XsValue.Object(Object(call, "claims")), Object(call, "headers"), call.Attribute("key"),
            call.Text("signature_algorithm"), Integer(call, "ttl"), call.Run.Clock.GetUtcNow(), call.Error)));

    private static ValueTask<XsValue> JwsDecode(StatementCall call) =>
        Done(JsonWebSignature.Decode(call.Text("token"), call.Attribute("key"), call.Text("signature_algorithm"), Object(call, "check_claims"),
            Integer(call, "timeDrift"), call.Run.Clock.GetUtcNow(), call.Error));

    private static JsonWebEncryption.Algorithms JweAlgorithms(StatementCall call) => new(call.Text("key_algorithm"), call.Text("content_algorithm"));

    private static ValueTask<XsValue> JweEncode(StatementCall call) =>
        Done(XsValue.Text(JsonWebEncryption.Encode(XsValue.Object(Object(call, "claims")), Object(call, "headers"), call.Attribute("key"),
            JweAlgorithms(call), Integer(call, "ttl"), call.Run.Clock.GetUtcNow(), call.Run.Environment.Random, call.Error)));

    private static ValueTask<XsValue> JweDecode(StatementCall call) =>
        Done(JsonWebEncryption.Decode(call.Text("token"), call.Attribute("key"), JweAlgorithms(call), Object(call, "check_claims"),
            Integer(call, "timeDrift"), call.Run.Clock.GetUtcNow(), call.Error));

    // format "object" is a JWK; "pem" is PEM text (RSA and EC keys only).
    private static ValueTask<XsValue> CreateSecretKey(StatementCall call)
    {
        var bits = Integer(call, "bits");
        if (bits is < 64 or > 8192 || bits % 8 != 0)
            throw call.Error($"'bits' must be a multiple of 8 from 64 to 8192, not {bits}.");
        Format(call, allowPem: false);
        var key = RandomSource.Bytes(call.Run.Environment.Random, (int)(bits / 8));
        return Done(XsValue.Object(XsObject.Empty.Set("kty", XsValue.Text("oct")).Set("k", JwtKeys.Encode(key))));
    }

    private static ValueTask<XsValue> CreateRsaKey(StatementCall call)
    {
        var bits = Integer(call, "bits");
        if (bits is < 1024 or > 4096 || bits % 8 != 0)
            throw call.Error($"'bits' must be a multiple of 8 from 1024 to 4096, not {bits}.");
        using var rsa = RSA.Create((int)bits);
        return Done(Format(call, allowPem: true) == "pem"
            ? XsValue.Text(rsa.ExportPkcs8PrivateKeyPem())
            : XsValue.Object(JwtKeys.RsaJwk(rsa, includePrivate: true)));
    }

    private static ValueTask<XsValue> CreateCurveKey(StatementCall call)
    {
        var name = call.Text("curve").Trim().ToUpperInvariant();
        var curve = name switch
        {
            "P-256" => ECCurve.NamedCurves.nistP256,
            "P-384" => ECCurve.NamedCurves.nistP384,
            "P-521" => ECCurve.NamedCurves.nistP521,
            _ => throw call.Error($"'curve' must be P-256, P-384 or P-521, not \"{call.Text("curve")}\"."),
        };
        using var ec = ECDsa.Create(curve);
        return Done(Format(call, allowPem: true) == "pem"
            ? XsValue.Text(ec.ExportPkcs8PrivateKeyPem())
            : XsValue.Object(JwtKeys.EcJwk(ec, name, includePrivate: true)));
    }

    private static string Format(StatementCall call, bool allowPem)
    {
        var format = call.Text("format").Trim().ToLowerInvariant();
        return format == "object" || (allowPem && format == "pem")
            ? format
            : throw call.Error($"'format' must be \"object\"{(allowPem ? " or \"pem\"" : "")}, not \"{call.Text("format")}\".");
    }
}
