task return_finally {
  stack {
    try_catch {
      try {
        return { value = "from try" }
      }
      catch {
        debug.log { value = "catch" }
      }
      finally {
        debug.log { value = "finally" }
      }
    }
    return { value = "unreached" }
  }
}
