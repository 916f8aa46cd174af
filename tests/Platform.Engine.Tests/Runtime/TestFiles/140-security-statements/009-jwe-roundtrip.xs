task encrypt_token {
  stack {
    security.jwe_encode {
      headers = {kid: "k1"}
      claims = {user: 7, scope: ["read"]}
      key = "0123456789abcdef0123456789abcdef"
      ttl = 900
    } as $token
    debug.log { value = $token }
    security.jwe_decode {
      token = $token
      key = "0123456789abcdef0123456789abcdef"
      check_claims = {user: 7}
    } as $claims
    debug.log { value = $claims }
    security.jwe_encode {
      claims = {note: "direct"}
      key = "0123456789abcdef0123456789abcdef"
      key_algorithm = "dir"
      content_algorithm = "A256GCM"
    } as $direct
    security.jwe_decode {
      token = $direct
      key = "0123456789abcdef0123456789abcdef"
      key_algorithm = "dir"
      content_algorithm = "A256GCM"
    } as $note
    debug.log { value = $note }
    security.jwe_decode {
      token = $direct
      key = "0123456789abcdef0123456789abcdeX"
      key_algorithm = "dir"
      content_algorithm = "A256GCM"
    } as $wrong_key
    return { value = $wrong_key }
  }
}
