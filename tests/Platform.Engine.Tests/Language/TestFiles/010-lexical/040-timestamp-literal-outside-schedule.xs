task timestamp_in_var {
  stack {
    var $launch {
      value = 2025-10-01 06:00:00+0000
    }
  }
}
