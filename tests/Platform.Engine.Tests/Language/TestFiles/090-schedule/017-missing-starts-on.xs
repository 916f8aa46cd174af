task no_start {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{freq: 3600}]
}
