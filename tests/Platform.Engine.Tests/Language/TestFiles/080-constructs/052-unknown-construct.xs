job nightly {
  stack {
    debug.log {
      value = "run"
    }
  }
}
