task error_after {
  stack {
    try_catch {
      try {
        throw { name = "E" value = "m" }
      }
      catch {
        var $saved { value = $error.message }
      }
    }
    return { value = $saved }
  }
}
