task typo_key {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2025-10-01 06:00:00+0000, frequency: 3600}]
}
