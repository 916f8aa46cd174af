// Nightly maintenance
// owner: ops
task commented {
  stack {
    debug.log {
      value = "run"
    }
  }
}
