task negative_freq {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 06:00:00+0000, freq: -60}]
}
