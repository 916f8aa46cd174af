task month_13 {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-13-01 06:00:00+0000, freq: 3600}]
}
