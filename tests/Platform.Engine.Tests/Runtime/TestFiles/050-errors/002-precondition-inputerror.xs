task pre_input {
  stack {
    precondition (false) {
      error_type = "inputerror"
      error = "Email is required"
      payload = {field: "email"}
    }
  }
}
