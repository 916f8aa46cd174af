task try_rescue {
  stack {
    try_catch {
      try {
        debug.log {
          value = 1
        }
      }
      rescue {
        debug.log {
          value = 2
        }
      }
    }
  }
}
