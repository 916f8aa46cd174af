task card_crypto {
  stack {
    security.encrypt {
      data = "4111111111111111"
      algorithm = "aes-256-cbc"
      key = $env.CARD_KEY
      iv = $env.CARD_IV
    } as $encrypted
    security.decrypt {
      data = $encrypted
      algorithm = "aes-256-cbc"
      key = $env.CARD_KEY
      iv = $env.CARD_IV
    } as $card_number
  }
}
