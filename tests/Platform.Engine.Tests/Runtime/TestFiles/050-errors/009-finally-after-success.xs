task finally_success {
  stack {
    try_catch {
      try {
        debug.log { value = "try" }
      }
      catch {
        debug.log { value = "catch" }
      }
      finally {
        debug.log { value = "finally" }
      }
    }
    debug.log { value = "after" }
  }
}
