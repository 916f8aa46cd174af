task conditional_no_braces {
  stack {
    conditional if (true) {
      debug.log {
        value = 1
      }
    }
  }
}
