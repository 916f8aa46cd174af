task log_with_target {
  stack {
    debug.log $message {
      value = 1
    }
  }
}
