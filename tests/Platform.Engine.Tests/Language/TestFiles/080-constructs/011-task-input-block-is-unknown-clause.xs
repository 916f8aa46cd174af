task with_input {
  input {
    int limit
  }
  stack {
    debug.log {
      value = $input.limit
    }
  }
}
