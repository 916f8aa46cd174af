task no_offset {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 06:00:00, freq: 3600}]
}
