task now_start {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: now, freq: 3600}]
}
