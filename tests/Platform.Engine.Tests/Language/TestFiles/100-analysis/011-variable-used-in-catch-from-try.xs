task catch_reads_try {
  stack {
    try_catch {
      try {
        var $step {
          value = 1
        }
        throw {
          name = "Stop"
          value = "stop"
        }
      }
      catch {
        debug.log {
          value = $step
        }
      }
    }
  }
}
