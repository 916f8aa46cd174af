task mod_zero {
  stack {
    return { value = 5 % 0 }
  }
}
