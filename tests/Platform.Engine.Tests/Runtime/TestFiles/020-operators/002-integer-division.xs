task division {
  stack {
    debug.log { value = 8 / 4 }
    debug.log { value = 1 / 3 }
    debug.log { value = -9 / 3 }
    debug.log { value = 7.0 / 2 }
    return { value = 0 / 5 }
  }
}
