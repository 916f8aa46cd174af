task cards {
  stack {
    security.encrypt {
      data = "4111 1111 1111 1111"
      algorithm = "aes-256-cbc"
      key = "0123456789abcdef0123456789abcdef"
      iv = "abcdef9876543210"
    } as $sealed
    debug.log { value = $sealed|base64_encode }
    // The filter and the statement share one implementation.
    debug.log { value = ("4111 1111 1111 1111"|encrypt:"aes-256-cbc":"0123456789abcdef0123456789abcdef":"abcdef9876543210") == $sealed }
    security.decrypt {
      data = $sealed
      algorithm = "aes-256-cbc"
      key = "0123456789abcdef0123456789abcdef"
      iv = "abcdef9876543210"
    } as $opened
    debug.log { value = $opened }
    security.encrypt {
      data = {card: "4111", exp: "12/29"}
      algorithm = "aes-128-gcm"
      key = "0123456789abcdef"
      iv = "0123456789ab"
    } as $gcm
    security.decrypt {
      data = $gcm
      algorithm = "aes-128-gcm"
      key = "0123456789abcdef"
      iv = "0123456789ab"
    } as $back
    debug.log { value = $back|json_decode }
    security.decrypt {
      data = $gcm
      algorithm = "aes-128-gcm"
      key = "fedcba9876543210"
      iv = "0123456789ab"
    } as $tampered
    return { value = $tampered }
  }
}
