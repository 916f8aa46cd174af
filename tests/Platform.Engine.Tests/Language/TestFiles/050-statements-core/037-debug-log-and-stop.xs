task debug_statements {
  stack {
    debug.log {
      value = "checkpoint"
    }
    debug.stop {
      value = {step: 1}
    }
  }
}
