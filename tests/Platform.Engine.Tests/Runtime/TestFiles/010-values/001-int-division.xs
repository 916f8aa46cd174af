task division {
  stack {
    debug.log { value = 6 / 2 }
    debug.log { value = 7 / 2 }
    debug.log { value = 1.5 + 1.5 }
    debug.log { value = "3" + 4 }
    return { value = 10 % 4 }
  }
}
