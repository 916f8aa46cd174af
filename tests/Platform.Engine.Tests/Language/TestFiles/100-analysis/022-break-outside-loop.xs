task break_outside {
  stack {
    break
  }
}
