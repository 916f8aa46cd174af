task task_input {
  stack {
    debug.log {
      value = $input.limit
    }
  }
}
