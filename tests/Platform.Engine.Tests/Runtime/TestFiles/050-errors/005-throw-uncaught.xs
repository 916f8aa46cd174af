task throw_uncaught {
  stack {
    debug.log { value = "before" }
    throw {
      name = "PaymentDeclined"
      value = "The card was declined"
    }
    debug.log { value = "after" }
  }
}
