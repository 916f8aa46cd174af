using Platform.Engine.Runtime.Security;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Security filters (reference §8.9): digests, HMACs, ciphers, JWS/JWE tokens, secure ids, uuid and create_uid. They
/// share their implementations (Runtime/Security) with the security.* statements. Raw bytes travel as text (<see cref="ByteText"/>).
/// </summary>
internal static class SecurityFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("md5", call => Digest(call, "md5"));
        registry.Add("sha1", call => Digest(call, "sha1"));
        registry.Add("sha256", call => Digest(call, "sha256"));
        registry.Add("sha384", call => Digest(call, "sha384"));
        registry.Add("sha512", call => Digest(call, "sha512"));
        registry.Add("hmac_md5", call => Hmac(call, "md5"));
        registry.Add("hmac_sha1", call => Hmac(call, "sha1"));
        registry.Add("hmac_sha256", call => Hmac(call, "sha256"));
        registry.Add("hmac_sha384", call => Hmac(call, "sha384"));
        registry.Add("hmac_sha512", call => Hmac(call, "sha512"));
        registry.Add("encrypt", call => Bytes(Ciphers.Encrypt(call.Text(0), Raw(call.Text(1)), Raw(call.Text(2)), Raw(call.InputText), call.Error)));
        registry.Add("decrypt", call => Bytes(Ciphers.Decrypt(call.Text(0), Raw(call.Text(1)), Raw(call.Text(2)), Raw(call.InputText), call.Error)));
        registry.Add("jws_encode", JwsEncode);
        registry.Add("jws_decode", JwsDecode);
        registry.Add("jwe_encode", JweEncode);
        registry.Add("jwe_decode", JweDecode);
        registry.Add("secureid_encode", SecureIdEncode);
        registry.Add("secureid_decode", SecureIdDecode);
        registry.Add("uuid", call => XsValue.Text(RandomSource.Uuid(call.Environment.Random)));
        registry.Add("create_uid", call => XsValue.Int(RandomSource.Uid(call.Environment.Random, call.Environment.Clock.GetUtcNow())));
    }

    /// <summary>An object argument: null or an empty list (PHP's empty array) is an empty object.</summary>
    internal static XsObject ObjectArgument(XsValue value, string name, Func<string, Exception> fail) => value.Kind switch
    {
        ValueKind.Object => value.AsObject,
        ValueKind.Null => XsObject.Empty,
        ValueKind.Array when value.AsArray.Count == 0 => XsObject.Empty,
        _ => throw fail($"{name} must be an object, not {ValueConversions.KindName(value)}."),
    };

    private static byte[] Raw(string text) => ByteText.GetBytes(text);

    private static XsValue Bytes(byte[] bytes) => XsValue.Text(ByteText.FromBytes(bytes));

    private static bool RawFlag(FilterCall call, int index) => ValueConversions.IsTruthy(call.ArgumentOr(index, XsValue.False));

    private static XsValue Digest(FilterCall call, string algorithm) => Encoded(Digests.Hash(algorithm, Raw(call.InputText)), RawFlag(call, 0));

    private static XsValue Hmac(FilterCall call, string algorithm) =>
        Encoded(Digests.Hmac(algorithm, Raw(call.Text(0)), Raw(call.InputText)), RawFlag(call, 1));

    private static XsValue Encoded(byte[] digest, bool raw) => raw ? Bytes(digest) : XsValue.Text(Convert.ToHexStringLower(digest));

    private static string TextOr(FilterCall call, int index, string fallback) =>
        call.ArgumentOr(index, XsValue.Null) is { IsNull: false } value && ValueConversions.ToText(value).Length > 0 ? ValueConversions.ToText(value) : fallback;

    private static long IntegerOr(FilterCall call, int index) => call.HasArgument(index) ? call.Integer(index) : 0;

    private static XsValue JwsEncode(FilterCall call) =>
        XsValue.Text(JsonWebSignature.Encode(call.Input, ObjectArgument(call.Argument(0), "the headers", call.Error), call.Argument(1),
            TextOr(call, 2, "HS256"), IntegerOr(call, 3), call.Environment.Clock.GetUtcNow(), call.Error));

    private static XsValue JwsDecode(FilterCall call) =>
        JsonWebSignature.Decode(call.InputText, call.Argument(1), TextOr(call, 2, "HS256"), ObjectArgument(call.Argument(0), "check_claims", call.Error),
            IntegerOr(call, 3), call.Environment.Clock.GetUtcNow(), call.Error);

    private static JsonWebEncryption.Algorithms JweAlgorithms(FilterCall call) =>
        new(TextOr(call, 2, "A256KW"), TextOr(call, 3, "A256CBC-HS512"));

    private static XsValue JweEncode(FilterCall call) =>
        XsValue.Text(JsonWebEncryption.Encode(call.Input, ObjectArgument(call.Argument(0), "the headers", call.Error), call.Argument(1),
            JweAlgorithms(call), IntegerOr(call, 4), call.Environment.Clock.GetUtcNow(), call.Environment.Random, call.Error));

    private static XsValue JweDecode(FilterCall call) =>
        JsonWebEncryption.Decode(call.InputText, call.Argument(1), JweAlgorithms(call), ObjectArgument(call.Argument(0), "check_claims", call.Error),
            IntegerOr(call, 4), call.Environment.Clock.GetUtcNow(), call.Error);

    private static XsValue SecureIdEncode(FilterCall call)
    {
        if (!ValueConversions.TryToNumber(call.Input, out var number) || number.Kind != ValueKind.Int || call.Input.IsNull)
            throw call.Error($"it encodes whole numbers, not {ValueConversions.KindName(call.Input)}.");
        return XsValue.Text(SecureIds.Encode(number.AsInt, TextOr(call, 0, "")));
    }

    private static XsValue SecureIdDecode(FilterCall call) =>
        SecureIds.TryDecode(call.InputText, TextOr(call, 0, ""), out var id)
            ? XsValue.Int(id)
            : throw call.Error($"\"{call.InputText}\" is not a secure id made with this salt.");
}
