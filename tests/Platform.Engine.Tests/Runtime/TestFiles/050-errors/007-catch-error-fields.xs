task error_fields {
  stack {
    try_catch {
      try {
        throw {
          name = "Custom"
          value = "custom message"
        }
      }
      catch {
        return { value = $error }
      }
    }
  }
}
