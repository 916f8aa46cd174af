task throw_named {
  stack {
    throw {
      name = "PaymentDeclined"
      value = "The card was declined."
    }
  }
}
