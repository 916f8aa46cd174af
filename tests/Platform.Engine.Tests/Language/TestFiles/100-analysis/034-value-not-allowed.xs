task bad_error_type {
  stack {
    precondition (false) {
      error_type = "oops"
    }
  }
}
