task continue_outside {
  stack {
    conditional {
      if (true) {
        continue
      }
    }
  }
}
