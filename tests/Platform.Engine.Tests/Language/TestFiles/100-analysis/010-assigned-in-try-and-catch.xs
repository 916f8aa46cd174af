task try_and_catch {
  stack {
    try_catch {
      try {
        var $status {
          value = "up"
        }
      }
      catch {
        var $status {
          value = "down"
        }
      }
      finally {
        debug.log {
          value = $status
        }
      }
    }
  }
}
