task caught_error {
  stack {
    var $record { value = {name: "Ada"} }
    try_catch {
      try {
        text.trim $record { value = " " }
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    return { value = $record }
  }
}
