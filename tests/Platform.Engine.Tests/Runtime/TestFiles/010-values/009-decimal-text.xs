task decimals {
  stack {
    debug.log { value = 0.1 + 0.2 }
    debug.log { value = 1.344 }
    debug.log { value = 10 / 4 }
    debug.log { value = 1.0 }
    return { value = "" ~ 2.5 }
  }
}
