// Catalog example of security.jwe_decode_legacy.
task example_security_jwe_decode_legacy {
  stack {
    security.jwe_decode_legacy {
      token = $input.token
      audience = "mobile"
      key = $env.JWE_KEY
    } as $payload
  }
}
