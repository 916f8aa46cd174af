middleware require_api_key {
  input {
    json vars
  }

  stack {
    precondition ($env.API_KEY != null) {
      error_type = "unauthorized"
      error = "Missing key."
    }
  }

  response = $input.vars
  response_strategy = "merge"
  exception_policy = "critical"
}
