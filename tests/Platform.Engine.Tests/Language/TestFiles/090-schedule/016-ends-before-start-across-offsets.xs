task offset_backwards {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 06:00:00+0000, ends_on: 2025-10-01 07:00:00+0200}]
}
