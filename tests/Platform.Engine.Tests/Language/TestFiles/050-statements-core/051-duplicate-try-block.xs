task duplicate_try {
  stack {
    try_catch {
      try {
        debug.log {
          value = 1
        }
      }
      try {
        debug.log {
          value = 2
        }
      }
      catch {
        debug.log {
          value = 3
        }
      }
    }
  }
}
