task disabled_attribute {
  stack {
    debug.log {
      value = "skipped"
      disabled = true
      description = "Turned off for now"
    }
  }
}
