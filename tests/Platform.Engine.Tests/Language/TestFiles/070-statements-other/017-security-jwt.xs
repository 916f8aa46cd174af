task jwt_roundtrip {
  stack {
    security.jws_encode {
      claims = {sub: 1}
      key = $env.JWT_SECRET
      signature_algorithm = "HS256"
      ttl = 3600
    } as $jwt
    security.jws_decode {
      token = $jwt
      key = $env.JWT_SECRET
    } as $claims
    security.jwe_encode {
      claims = {sub: 1}
      key = $env.JWE_KEY
    } as $sealed
    security.jwe_decode {
      token = $sealed
      key = $env.JWE_KEY
    } as $opened
  }
}
