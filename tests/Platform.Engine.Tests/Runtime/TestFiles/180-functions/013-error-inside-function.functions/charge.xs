function charge {
  input {
    decimal amount
  }
  stack {
    debug.log {
      value = "charging " ~ $input.amount
    }
    precondition ($input.amount > 0) {
      error_type = "badrequest"
      error = "The amount must be positive."
      payload = {amount: $input.amount}
    }
  }
  response = "charged"
}
