task every_quarter_hour {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 00:00:00+0000, freq: 900}, {starts_on: 2025-10-01 00:05:00+0000, freq: 900}]
}
