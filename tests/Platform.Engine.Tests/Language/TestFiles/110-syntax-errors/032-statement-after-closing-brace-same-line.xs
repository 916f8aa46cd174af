task after_brace {
  stack {
    conditional {
      if (true) {
        debug.log {
          value = 1
        }
      } debug.log {
        value = 2
      }
    }
  }
}
