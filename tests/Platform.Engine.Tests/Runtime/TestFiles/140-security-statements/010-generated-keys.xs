task keys {
  description = "Generated keys are JWK objects that the token statements take as keys."
  stack {
    security.create_secret_key {
      bits = 256
    } as $secret
    debug.log { value = $secret }
    security.jws_encode {
      claims = {a: 1}
      key = $secret
      signature_algorithm = "HS256"
    } as $hs
    security.jws_decode {
      token = $hs
      key = $secret
    } as $hs_claims
    debug.log { value = $hs_claims }
    security.create_curve_key {
      curve = "P-256"
    } as $ec
    debug.log { value = $ec.kty ~ " " ~ $ec.crv }
    security.jws_encode {
      claims = {b: 2}
      key = $ec
      signature_algorithm = "ES256"
    } as $es
    security.jws_decode {
      token = $es
      key = $ec
      signature_algorithm = "ES256"
    } as $es_claims
    debug.log { value = $es_claims }
    security.create_rsa_key {
      bits = 2048
    } as $rsa
    debug.log { value = $rsa.kty ~ " " ~ $rsa.e }
    security.jwe_encode {
      claims = {c: 3}
      key = $rsa
      key_algorithm = "RSA-OAEP-256"
      content_algorithm = "A128GCM"
    } as $sealed
    security.jwe_decode {
      token = $sealed
      key = $rsa
      key_algorithm = "RSA-OAEP-256"
      content_algorithm = "A128GCM"
    } as $c
    debug.log { value = $c }
    security.create_rsa_key {
      bits = 2048
      format = "pem"
    } as $pem
    security.jws_encode {
      claims = {d: 4}
      key = $pem
      signature_algorithm = "RS256"
    } as $rs
    security.jws_decode {
      token = $rs
      key = $pem
      signature_algorithm = "RS256"
    } as $d
    debug.log { value = $d }
    security.create_curve_key {
      curve = "P-999"
    } as $bad
    return { value = $bad }
  }
}
