namespace Platform.Engine.Language.Catalog;

// Reference §8.9. Hashes give lower-case hex unless raw is true. encrypt/decrypt are OpenSSL-compatible with raw
// binary output, so examples pass through base64. Token and id round trips are used where the encoded form is not fixed.
public static partial class FilterCatalog
{
    private const string JwtKey = "0123456789abcdef0123456789abcdef";

    private static IEnumerable<FilterSchema> SecurityFilters() =>
    [
        Hash("md5", "MD5", "af8a2aae147de3350f6c0f1a075ede5d"),
        Hash("sha1", "SHA-1", "33a37403270d78eca64f1471bcb3df44ba5a9673"),
        Hash("sha256", "SHA-256", "6cc869f10009fa1c39e74df11ab7479d3209acae7e890bb4bf58270b855b6e4c"),
        Hash("sha384", "SHA-384", "17a7717060650457971b78c043ff1f0466c11212068e7adba5d41898181e0494abe540d8bc6e86996335af47ac7a15ad"),
        Hash("sha512", "SHA-512",
            "40aaa4e84e7d98e472d240f1c84298de61766edac3b8e27c3412c46ffd045530836d9319768ccda24db2add21263827594ad604d1db2bf51687387b38b210072"),
        Hmac("hmac_md5", "MD5", "c4c1007ea935001cc7734b360395fb1d"),
        Hmac("hmac_sha1", "SHA-1", "83b48df25eda25e7d09165e0ec603ee17e43f2a2"),
        Hmac("hmac_sha256", "SHA-256", "3e18fc78d5326e5d0ec11c178ad3977160074bc149c55a2bc6a272570aad2348"),
        Hmac("hmac_sha384", "SHA-384", "60818f7b6e69e373011bdab97a5645f02140485f7d2e6d19fd3aacb4240c92e040ea3be93aca940dc32c0c56ff1bea73"),
        Hmac("hmac_sha512", "SHA-512",
            "880c17f6d5fa9e1ea3b7fa7849458c8f9136817384f34a2c225e4c81548e182b19217641efe53f0286421f72c27621887f686b2f49e3dfe324b99b17b14e313a"),
        Filter("encrypt", FilterFamily.Security, "The value encrypted with an OpenSSL cipher, as raw bytes.",
            "\"hello\"|encrypt:\"aes-128-cbc\":\"0123456789abcdef\":\"abcdef9876543210\"|base64_encode", "\"rkbumbtCClkN+Jkds7bQJw==\"",
            P("algorithm", "OpenSSL cipher name, such as \"aes-128-cbc\"."), P("key", "Key bytes, as long as the cipher needs."),
            P("iv", "Initialization vector bytes, one cipher block long.")),
        Filter("decrypt", FilterFamily.Security, "The raw bytes decrypted with an OpenSSL cipher.",
            "\"rkbumbtCClkN+Jkds7bQJw==\"|base64_decode|decrypt:\"aes-128-cbc\":\"0123456789abcdef\":\"abcdef9876543210\"", "\"hello\"",
            P("algorithm", "OpenSSL cipher name, such as \"aes-128-cbc\"."), P("key", "Key bytes used to encrypt."),
            P("iv", "Initialization vector used to encrypt.")),
        Filter("jws_encode", FilterFamily.Security, "The input as the payload of a signed JWS token (compact form).",
            $"\"hello\"|jws_encode:{{}}:\"{JwtKey}\":\"HS256\"|jws_decode:{{}}:\"{JwtKey}\":\"HS256\"", "\"hello\"",
            P("headers", "Object of extra token headers; {} for none."), P("key", "Signing key: a secret text or a JWK object."),
            Optional("algorithm", "Signature algorithm such as \"HS256\" or \"RS256\"; \"HS256\" when omitted."),
            Optional("ttl", "Seconds the token stays valid; 0 (no expiry) when omitted.")),
        Filter("jws_decode", FilterFamily.Security, "The payload of a JWS token after its signature is verified.",
            $"\"hello\"|jws_encode:{{}}:\"{JwtKey}\":\"HS256\"|jws_decode:{{}}:\"{JwtKey}\":\"HS256\"", "\"hello\"",
            P("check_claims", "Object of claims that must match; {} for none."), P("key", "Verification key: a secret text or a JWK object."),
            Optional("algorithm", "Signature algorithm; \"HS256\" when omitted."),
            Optional("time_drift", "Seconds of clock difference tolerated; 0 when omitted.")),
        Filter("jwe_encode", FilterFamily.Security, "The input as the payload of an encrypted JWE token (compact form).",
            $"\"hello\"|jwe_encode:{{}}:\"{JwtKey}\":\"A256KW\":\"A256CBC-HS512\"|jwe_decode:{{}}:\"{JwtKey}\":\"A256KW\":\"A256CBC-HS512\"",
            "\"hello\"",
            P("headers", "Object of extra token headers; {} for none."), P("key", "Key-encryption key: a secret text or a JWK object."),
            Optional("key_algorithm", "Key management algorithm; \"A256KW\" when omitted."),
            Optional("content_algorithm", "Content encryption algorithm; \"A256CBC-HS512\" when omitted."),
            Optional("ttl", "Seconds the token stays valid; 0 (no expiry) when omitted.")),
        Filter("jwe_decode", FilterFamily.Security, "The payload of a JWE token after it is decrypted and verified.",
            $"\"hello\"|jwe_encode:{{}}:\"{JwtKey}\":\"A256KW\":\"A256CBC-HS512\"|jwe_decode:{{}}:\"{JwtKey}\":\"A256KW\":\"A256CBC-HS512\"",
            "\"hello\"",
            P("check_claims", "Object of claims that must match; {} for none."), P("key", "Key-encryption key used to encode."),
            Optional("key_algorithm", "Key management algorithm; \"A256KW\" when omitted."),
            Optional("content_algorithm", "Content encryption algorithm; \"A256CBC-HS512\" when omitted."),
            Optional("time_drift", "Seconds of clock difference tolerated; 0 when omitted.")),
        Filter("secureid_encode", FilterFamily.Security, "The integer id disguised as reversible URL-safe text.",
            "12345|secureid_encode:\"my_salt\"|secureid_decode:\"my_salt\"", "12345",
            Optional("salt", "Secret text that makes the encoding unique; none when omitted.")),
        Filter("secureid_decode", FilterFamily.Security, "The integer id recovered from secureid_encode text.",
            "12345|secureid_encode:\"my_salt\"|secureid_decode:\"my_salt\"", "12345",
            Optional("salt", "The salt given to secureid_encode.")),
        Filter("uuid", FilterFamily.Security, "A new random version-4 UUID as text; takes no input.", "(|uuid)|is_uuid", "true")
            with { NeedsNoInput = true },
        Filter("create_uid", FilterFamily.Security, "A new unique 64-bit integer id; takes no input.", "(|create_uid)|is_int", "true")
            with { NeedsNoInput = true },
    ];

    private static FilterSchema Hash(string name, string algorithm, string hex) =>
        Filter(name, FilterFamily.Security, $"The {algorithm} digest of the text, in hex.", $"\"some_message\"|{name}", $"\"{hex}\"",
            Optional("raw", "True for the raw digest bytes instead of hex; false when omitted."));

    private static FilterSchema Hmac(string name, string algorithm, string hex) =>
        Filter(name, FilterFamily.Security, $"The HMAC-{algorithm} of the text with a secret key, in hex.",
            $"\"some_message\"|{name}:\"MY_SECRET_KEY\"", $"\"{hex}\"",
            P("key", "Shared secret."), Optional("raw", "True for the raw digest bytes instead of hex; false when omitted."));
}
