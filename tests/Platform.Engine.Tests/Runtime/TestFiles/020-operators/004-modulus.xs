task modulus {
  stack {
    debug.log { value = 10 % 3 }
    debug.log { value = -10 % 3 }
    debug.log { value = 10 % -3 }
    return { value = 7.5 % 2 }
  }
}
