namespace Platform.Engine.Language.Catalog;

// Reference §6.8; defaults from ENG kinds.json. Every security statement yields a value.
public static partial class StatementCatalog
{
    private static IEnumerable<StatementSchema> Security() =>
    [
        Bind("security.create_uuid", StatementTarget.None, StatementBody.Attributes,
            "Yields a new random (version 4) UUID.",
            "security.create_uuid as $request_id"),

        Bind("security.random_number", StatementTarget.None, StatementBody.Attributes,
            "Yields a random integer between min and max, both included.",
            "security.random_number {\n  min = 100000\n  max = 999999\n} as $verification_code",
            Opt("min", AttributeType.Int, "Smallest possible value.", "0"),
            Opt("max", AttributeType.Int, "Largest possible value.", "9007199254740991")),

        Bind("security.random_bytes", StatementTarget.None, StatementBody.Attributes,
            "Yields the given number of cryptographically random bytes.",
            "security.random_bytes {\n  length = 16\n} as $salt",
            Opt("length", AttributeType.Int, "Number of bytes.", "1")),

        Bind("security.create_password", StatementTarget.None, StatementBody.Attributes,
            "Yields a random password built from the requested character classes.",
            "security.create_password {\n  character_count = 16\n  require_symbol = true\n} as $temporary_password",
            Opt("character_count", AttributeType.Int, "Length of the password.", "12"),
            Opt("require_lowercase", AttributeType.Bool, "Include at least one lowercase letter.", "true"),
            Opt("require_uppercase", AttributeType.Bool, "Include at least one uppercase letter.", "true"),
            Opt("require_digit", AttributeType.Bool, "Include at least one digit.", "true"),
            Opt("require_symbol", AttributeType.Bool, "Include at least one symbol.", "false"),
            Opt("symbol_whitelist", AttributeType.Text, "Symbols that may be used; any when empty.", "\"\"")),

        Bind("security.check_password", StatementTarget.None, StatementBody.Attributes,
            "Yields true when a plain-text password matches a stored password hash.",
            "security.check_password {\n  text_password = $input.password\n  hash_password = $user.password\n} as $password_ok",
            Opt("text_password", AttributeType.Text, "The password as typed.", "\"\""),
            Opt("hash_password", AttributeType.Text, "The stored hash.", "\"\"")),

        Bind("security.create_auth_token", StatementTarget.None, StatementBody.Attributes,
            "Yields a signed authentication token for a user record, valid for expiration seconds.",
            "security.create_auth_token {\n  table = \"user\"\n  id = $user.id\n  extras = {role: $user.role}\n  expiration = 86400\n} as $auth_token",
            Opt("table", AttributeType.Text, "Table of the authenticated user."),
            Req("id", AttributeType.Any, "Id of the user record."),
            Req("extras", AttributeType.Object, "Extra claims stored in the token; {} when there are none."),
            Req("expiration", AttributeType.Int, "Seconds the token stays valid.")),

        Bind("security.encrypt", StatementTarget.None, StatementBody.Attributes,
            "Encrypts data with a symmetric cipher and yields the cipher text.",
            "security.encrypt {\n  data = $input.card_number\n  algorithm = \"aes-256-cbc\"\n  key = $env.CARD_KEY\n  iv = $env.CARD_IV\n} as $encrypted",
            [.. CipherAttributes("Data to encrypt.")]),

        Bind("security.decrypt", StatementTarget.None, StatementBody.Attributes,
            "Decrypts cipher text made by security.encrypt and yields the data.",
            "security.decrypt {\n  data = $customer.card_number\n  algorithm = \"aes-256-cbc\"\n  key = $env.CARD_KEY\n  iv = $env.CARD_IV\n} as $card_number",
            [.. CipherAttributes("Cipher text to decrypt.")]),

        Bind("security.jws_encode", StatementTarget.None, StatementBody.Attributes,
            "Signs claims as a JSON Web Signature (JWT) and yields the token.",
            "security.jws_encode {\n  claims = {sub: $user.id}\n  key = $env.JWT_SECRET\n  signature_algorithm = \"HS256\"\n  ttl = 3600\n} as $jwt",
            Opt("headers", AttributeType.Object, "Extra token headers.", "{}"),
            Opt("claims", AttributeType.Object, "The claims to sign.", "{}"),
            Opt("key", AttributeType.Any, "Signing key: a secret or a key object."),
            Opt("signature_algorithm", AttributeType.Text, "JWS algorithm, such as HS256 or RS256.", "\"HS256\""),
            Opt("ttl", AttributeType.Int, "Seconds until the token expires; never when 0.", "0")),

        Bind("security.jws_decode", StatementTarget.None, StatementBody.Attributes,
            "Verifies a JSON Web Signature and yields its claims.",
            "security.jws_decode {\n  token = $input.token\n  key = $env.JWT_SECRET\n  signature_algorithm = \"HS256\"\n} as $claims",
            Opt("token", AttributeType.Text, "The token to verify.", "\"\""),
            Opt("key", AttributeType.Any, "Verification key."),
            Opt("check_claims", AttributeType.Object, "Claims that must have these values.", "{}"),
            Opt("signature_algorithm", AttributeType.Text, "Expected JWS algorithm.", "\"HS256\""),
            Opt("timeDrift", AttributeType.Int, "Seconds of clock difference to tolerate.", "0")),

        Bind("security.jwe_encode", StatementTarget.None, StatementBody.Attributes,
            "Encrypts claims as a JSON Web Encryption token and yields it.",
            "security.jwe_encode {\n  claims = {sub: $user.id}\n  key = $env.JWE_KEY\n  ttl = 900\n} as $encrypted_token",
            Opt("headers", AttributeType.Object, "Extra token headers.", "{}"),
            Opt("claims", AttributeType.Object, "The claims to encrypt.", "{}"),
            Opt("key", AttributeType.Any, "Encryption key."),
            Opt("key_algorithm", AttributeType.Text, "JWE key management algorithm.", "\"A256KW\""),
            Opt("content_algorithm", AttributeType.Text, "JWE content encryption algorithm.", "\"A256CBC-HS512\""),
            Opt("ttl", AttributeType.Int, "Seconds until the token expires; never when 0.", "0")),

        Bind("security.jwe_decode", StatementTarget.None, StatementBody.Attributes,
            "Decrypts a JSON Web Encryption token and yields its claims.",
            "security.jwe_decode {\n  token = $input.token\n  key = $env.JWE_KEY\n} as $claims",
            Opt("token", AttributeType.Text, "The token to decrypt.", "\"\""),
            Opt("key", AttributeType.Any, "Decryption key."),
            Opt("check_claims", AttributeType.Object, "Claims that must have these values.", "{}"),
            Opt("key_algorithm", AttributeType.Text, "JWE key management algorithm.", "\"A256KW\""),
            Opt("content_algorithm", AttributeType.Text, "JWE content encryption algorithm.", "\"A256CBC-HS512\""),
            Opt("timeDrift", AttributeType.Int, "Seconds of clock difference to tolerate.", "0")),

        Bind("security.jwe_encode_legacy", StatementTarget.None, StatementBody.Attributes,
            "Encrypts a payload as a JSON Web Encryption token with the older audience-based format and yields it.",
            "security.jwe_encode_legacy {\n  payload = {sub: $user.id}\n  audience = \"mobile\"\n  key = $env.JWE_KEY\n} as $legacy_token",
            Opt("payload", AttributeType.Object, "The payload to encrypt.", "{}"),
            Opt("audience", AttributeType.Any, "Audience of the token.", "{}"),
            Opt("key", AttributeType.Any, "Encryption key."),
            Opt("key_algorithm", AttributeType.Text, "JWE key management algorithm.", "\"A256KW\""),
            Opt("content_algorithm", AttributeType.Text, "JWE content encryption algorithm.", "\"A256CBC-HS512\""),
            Opt("ttl", AttributeType.Int, "Seconds until the token expires; never when 0.", "0")),

        Bind("security.jwe_decode_legacy", StatementTarget.None, StatementBody.Attributes,
            "Decrypts a JSON Web Encryption token made with the older audience-based format and yields its payload.",
            "security.jwe_decode_legacy {\n  token = $input.token\n  audience = \"mobile\"\n  key = $env.JWE_KEY\n} as $payload",
            Opt("token", AttributeType.Text, "The token to decrypt.", "\"\""),
            Opt("key", AttributeType.Any, "Decryption key."),
            Opt("audience", AttributeType.Any, "Audience the token must have.", "{}"),
            Opt("key_algorithm", AttributeType.Text, "JWE key management algorithm.", "\"A256KW\""),
            Opt("content_algorithm", AttributeType.Text, "JWE content encryption algorithm.", "\"A256CBC-HS512\""),
            Opt("timeDrift", AttributeType.Int, "Seconds of clock difference to tolerate.", "0")),

        Bind("security.create_secret_key", StatementTarget.None, StatementBody.Attributes,
            "Yields a new random symmetric (octet) key for signing or encryption.",
            "security.create_secret_key {\n  bits = 256\n  format = \"object\"\n} as $secret_key",
            Opt("bits", AttributeType.Int, "Key size in bits.", "1024"),
            Opt("format", AttributeType.Text, "How the key is returned.", "\"object\"")),

        Bind("security.create_rsa_key", StatementTarget.None, StatementBody.Attributes,
            "Yields a new RSA key pair.",
            "security.create_rsa_key {\n  bits = 2048\n  format = \"object\"\n} as $rsa_key",
            Opt("bits", AttributeType.Int, "Key size in bits.", "1024"),
            Opt("format", AttributeType.Text, "How the key is returned.", "\"object\"")),

        Bind("security.create_curve_key", StatementTarget.None, StatementBody.Attributes,
            "Yields a new elliptic-curve key pair.",
            "security.create_curve_key {\n  curve = \"P-256\"\n  format = \"object\"\n} as $ec_key",
            Opt("curve", AttributeType.Text, "Named curve, such as P-256, P-384 or P-521.", "\"P-256\""),
            Opt("format", AttributeType.Text, "How the key is returned.", "\"object\"")),
    ];

    private static IEnumerable<AttributeSchema> CipherAttributes(string dataSummary) =>
    [
        Opt("data", AttributeType.Any, dataSummary, "\"\""),
        Opt("algorithm", AttributeType.Text, "OpenSSL cipher name.", "\"aes-128-cbc\""),
        Opt("key", AttributeType.Text, "Secret key.", "\"\""),
        Opt("iv", AttributeType.Text, "Initialization vector.", "\"\""),
    ];
}
