task sign {
  stack {
    security.jws_encode {
      claims = {sub: 42, role: "admin"}
      key = $env.API_KEY
      signature_algorithm = "HS256"
      ttl = 3600
    } as $jwt
    debug.log { value = $jwt }
    security.jws_decode {
      token = $jwt
      key = $env.API_KEY
      check_claims = {role: "admin"}
    } as $claims
    debug.log { value = $claims }
    // The filter reads the same token.
    debug.log { value = $jwt|jws_decode:{sub: 42}:$env.API_KEY:"HS256" }
    security.jws_encode {
      headers = {kid: "2025-01"}
      claims = {sub: 1}
      key = "another-secret"
      signature_algorithm = "HS512"
    } as $other
    return { value = $other }
  }
}
