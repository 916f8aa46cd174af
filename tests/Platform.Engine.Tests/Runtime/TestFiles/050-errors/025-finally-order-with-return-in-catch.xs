task return_in_catch {
  stack {
    try_catch {
      try {
        throw { name = "E" value = "boom" }
      }
      catch {
        debug.log { value = "catch" }
        return { value = "from catch" }
      }
      finally {
        debug.log { value = "finally" }
      }
    }
  }
}
