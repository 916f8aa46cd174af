task ids {
  description = "Filters and statements in one flow: an id disguised for a URL, a signed webhook body."
  stack {
    var $public_id { value = 1234|secureid_encode:$env.API_KEY }
    debug.log { value = $public_id }
    debug.log { value = $public_id|secureid_decode:$env.API_KEY }
    var $body { value = {event: "paid", id: 1234}|json_encode }
    var $signature { value = $body|hmac_sha256:$env.API_KEY }
    debug.log { value = $signature }
    debug.log { value = ($body|hmac_sha256:$env.API_KEY) == $signature }
    security.random_bytes {
      length = 8
    } as $nonce
    return { value = {nonce: $nonce|bin2hex, digest: $body|sha256} }
  }
}
