task one_off {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2026-01-01 00:00:00+0000}]
}
