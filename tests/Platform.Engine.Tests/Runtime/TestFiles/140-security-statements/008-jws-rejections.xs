task reject {
  stack {
    var $stale { value = {sub: 1, exp: "2025-01-15T10:29:00Z"|to_seconds}|jws_encode:{}:"k" }
    try_catch {
      try {
        security.jws_decode {
          token = $stale
          key = "k"
        } as $claims
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    security.jws_decode {
      token = $stale
      key = "k"
      timeDrift = 120
    } as $tolerated
    debug.log { value = $tolerated }
    try_catch {
      try {
        security.jws_decode {
          token = $stale
          key = "k"
          signature_algorithm = "HS384"
        } as $wrong_alg
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    try_catch {
      try {
        security.jws_decode {
          token = $stale ~ "x"
          key = "k"
        } as $tampered
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    security.jws_decode {
      token = $stale
      key = "k"
      timeDrift = 120
      check_claims = {sub: 2}
    } as $mismatch
    return { value = $mismatch }
  }
}
