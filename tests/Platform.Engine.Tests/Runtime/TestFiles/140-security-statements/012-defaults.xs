task defaults {
  description = "Statements without their braces use the catalog defaults (aes-128-cbc, HS256, A256KW with A256CBC-HS512)."
  stack {
    security.encrypt {
      data = "x"
      key = "0123456789abcdef"
      iv = "0123456789abcdef"
    } as $cbc
    debug.log { value = $cbc|base64_encode }
    debug.log { value = ("x"|encrypt:"aes-128-cbc":"0123456789abcdef":"0123456789abcdef"|base64_encode) }
    security.jws_encode {
      key = "k"
    } as $empty_claims
    debug.log { value = $empty_claims }
    security.jws_decode {
      token = $empty_claims
      key = "k"
    } as $decoded
    debug.log { value = $decoded }
    security.jwe_encode {
      key = "0123456789abcdef0123456789abcdef"
    } as $jwe
    debug.log { value = $jwe|jwe_decode:{}:"0123456789abcdef0123456789abcdef" }
    security.jws_encode {
      claims = {a: 1}
    } as $no_key
    return { value = $no_key }
  }
}
