task {
  stack {
    debug.log {
      value = "run"
    }
  }
}
