task try_comments {
  stack {
    try_catch {
      // risky call
      try {
        debug.log {
          value = 1
        }
      }
      // on failure
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
  }
}
