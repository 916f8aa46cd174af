function optional_inputs {
  input {
    text? nickname
    text middle_name?
    int? limit?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
