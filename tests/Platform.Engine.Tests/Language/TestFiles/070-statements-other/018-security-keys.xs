task key_generation {
  stack {
    security.create_secret_key {
      bits = 256
    } as $secret
    security.create_rsa_key {
      bits = 2048
      format = "object"
    } as $rsa
    security.create_curve_key {
      curve = "P-256"
    } as $ec
  }
}
