function return_in_catch {
  stack {
    try_catch {
      try {
        var $value {
          value = 1
        }
      }
      catch {
        return {
          value = null
        }
      }
    }
  }

  response = $value
}
