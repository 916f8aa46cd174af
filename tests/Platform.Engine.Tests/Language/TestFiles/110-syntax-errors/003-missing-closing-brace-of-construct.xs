task unclosed {
  stack {
    debug.log {
      value = 1
    }
  }
