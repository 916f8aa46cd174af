task catch_payload {
  stack {
    try_catch {
      try {
        precondition (false) {
          error_type = "notfound"
          error = "No such user"
          payload = {id: 7}
        }
      }
      catch {
        return { value = [$error.code, $error.message, $error.payload] }
      }
    }
  }
}
