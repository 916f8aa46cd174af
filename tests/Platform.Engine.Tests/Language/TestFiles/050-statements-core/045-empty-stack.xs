task empty_stack {
  stack {
  }
}
