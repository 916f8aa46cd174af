task paris_morning {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 08:00:00+0200, freq: 86400, ends_on: 2025-10-02 06:00:00+0000}]
}
