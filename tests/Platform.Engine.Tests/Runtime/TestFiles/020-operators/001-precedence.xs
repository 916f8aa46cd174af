task precedence {
  stack {
    debug.log { value = 1 + 2 * 3 }
    debug.log { value = 1 + 4 / 2 }
    debug.log { value = (1 + 2) * 3 }
    debug.log { value = 10 - 2 - 3 }
    debug.log { value = 2 * 3 % 4 }
    return { value = "n=" ~ 1 + 1 }
  }
}
