task error_finally {
  stack {
    try_catch {
      try {
        debug.log { value = "try" }
      }
      catch {
        debug.log { value = "catch" }
      }
      finally {
        throw { name = "FinallyError" value = "finally failed" }
      }
    }
  }
}
