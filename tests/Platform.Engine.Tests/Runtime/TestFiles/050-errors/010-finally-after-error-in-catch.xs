task finally_catch_error {
  stack {
    try_catch {
      try {
        throw { name = "First" value = "first" }
      }
      catch {
        debug.log { value = "catch " ~ $error.name }
        throw { name = "Second" value = "from catch" }
      }
      finally {
        debug.log { value = "finally runs" }
      }
    }
    debug.log { value = "never" }
  }
}
