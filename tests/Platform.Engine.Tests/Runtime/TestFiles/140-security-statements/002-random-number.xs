task dice {
  stack {
    security.random_number {
      min = 1
      max = 6
    } as $roll
    security.random_number {
      min = 100000
      max = 999999
    } as $code
    security.random_number {
      min = 7
      max = 7
    } as $fixed
    security.random_number as $any
    debug.log { value = $roll }
    debug.log { value = $code }
    debug.log { value = $fixed }
    debug.log { value = $any }
    try_catch {
      try {
        security.random_number {
          min = 10
          max = 1
        } as $never
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    return { value = $roll >= 1 && $roll <= 6 }
  }
}
