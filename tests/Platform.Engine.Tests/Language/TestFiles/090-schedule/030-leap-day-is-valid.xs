task leap_day {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [{starts_on: 2028-02-29 12:00:00+0000, freq: 31536000}]
}
