task hour_25 {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 25:00:00+0000, freq: 3600}]
}
