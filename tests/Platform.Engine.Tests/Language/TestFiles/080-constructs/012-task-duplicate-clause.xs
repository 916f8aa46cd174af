task duplicate_description {
  description = "first"
  description = "second"
  stack {
    debug.log {
      value = "run"
    }
  }
}
