task salt {
  stack {
    security.random_bytes {
      length = 16
    } as $salt
    security.random_bytes as $one
    security.random_bytes {
      length = 0
    } as $none
    debug.log { value = $salt|bin2hex }
    debug.log { value = $salt|base64_encode }
    debug.log { value = $one|bin2hex }
    debug.log { value = $none }
    security.random_bytes {
      length = -1
    } as $bad
    return { value = "unreachable" }
  }
}
