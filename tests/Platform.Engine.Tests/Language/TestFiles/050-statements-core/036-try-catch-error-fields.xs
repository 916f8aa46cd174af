task catch_error_fields {
  stack {
    try_catch {
      try {
        throw {
          name = "Oops"
          value = "failed"
        }
      }
      catch {
        var $failure {
          value = {code: $error.code, message: $error.message, name: $error.name, result: $error.result}
        }
      }
    }
  }
}
