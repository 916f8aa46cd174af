function one_line_input_attributes {
  input {
    text api_key { description = "Key of the caller" sensitive = true }
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
