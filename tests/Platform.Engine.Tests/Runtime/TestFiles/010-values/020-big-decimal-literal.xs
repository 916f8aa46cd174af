task big_literal {
  stack {
    debug.log { value = 99999999999999999999 }
    return { value = 1.5e3 }
  }
}
