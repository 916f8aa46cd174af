// Catalog example of security.jwe_encode_legacy.
task example_security_jwe_encode_legacy {
  stack {
    security.jwe_encode_legacy {
      payload = {sub: $user.id}
      audience = "mobile"
      key = $env.JWE_KEY
    } as $legacy_token
  }
}
