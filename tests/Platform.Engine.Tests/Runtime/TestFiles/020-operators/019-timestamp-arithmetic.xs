task ts_math {
  stack {
    var $start { value = 2025-01-01 00:00:00+0000 }
    debug.log { value = $start + 86400000 }
    debug.log { value = now - $start }
    return { value = now > $start }
  }
}
