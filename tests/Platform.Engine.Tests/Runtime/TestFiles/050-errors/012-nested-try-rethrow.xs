task nested_try {
  stack {
    try_catch {
      try {
        try_catch {
          try {
            throw { name = "Inner" value = "inner failure" }
          }
          catch {
            debug.log { value = "inner catch: " ~ $error.message }
            throw { name = "Outer" value = "wrapped: " ~ $error.message }
          }
        }
      }
      catch {
        return { value = $error.name ~ " / " ~ $error.message }
      }
    }
  }
}
