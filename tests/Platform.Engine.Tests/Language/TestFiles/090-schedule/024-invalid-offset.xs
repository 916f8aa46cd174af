task offset_1560 {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 06:00:00+1560, freq: 3600}]
}
