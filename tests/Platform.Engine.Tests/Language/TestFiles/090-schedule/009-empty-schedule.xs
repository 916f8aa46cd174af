task manual_only {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = []
}
