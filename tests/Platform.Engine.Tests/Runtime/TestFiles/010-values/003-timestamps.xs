task timestamps {
  stack {
    debug.log { value = now }
    debug.log { value = 2025-10-01 06:00:00+0000 }
    var $later { value = now + 60000 }
    debug.log { value = $later }
    return { value = now > 0 }
  }
}
