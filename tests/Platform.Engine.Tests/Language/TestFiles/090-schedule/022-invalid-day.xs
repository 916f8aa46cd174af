task february_30 {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-02-30 06:00:00+0000, freq: 3600}]
}
