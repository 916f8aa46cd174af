task legacy_schedule {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule {
    events = [{starts_on: 2025-10-01 06:00:00+0000, freq: 3600}]
  }
}
