task else_outside {
  stack {
    else {
      debug.log {
        value = 1
      }
    }
  }
}
