task log_without_body {
  stack {
    debug.log
  }
}
