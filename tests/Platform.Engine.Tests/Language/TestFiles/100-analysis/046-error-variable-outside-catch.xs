task error_outside_catch {
  stack {
    debug.log {
      value = $error.message
    }
  }
}
