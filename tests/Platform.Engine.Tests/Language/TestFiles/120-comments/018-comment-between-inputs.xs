function input_comments {
  input {
    // who is asking
    int user_id
    // optional page
    int page?=1
    // end of inputs
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
