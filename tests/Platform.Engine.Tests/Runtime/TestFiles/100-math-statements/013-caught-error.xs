task caught_error {
  stack {
    var $ratio { value = 5 }
    try_catch {
      try {
        math.div $ratio { value = 0 }
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    return { value = $ratio }
  }
}
