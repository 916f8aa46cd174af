task passwords {
  stack {
    security.create_password as $default
    security.create_password {
      character_count = 20
      require_symbol = true
      symbol_whitelist = "#!"
    } as $strong
    security.create_password {
      character_count = 6
      require_lowercase = false
      require_uppercase = false
    } as $pin
    debug.log { value = $default }
    debug.log { value = $strong }
    debug.log { value = $pin }
    try_catch {
      try {
        security.create_password {
          character_count = 2
        } as $short
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    return { value = $pin|to_int > 0 }
  }
}
