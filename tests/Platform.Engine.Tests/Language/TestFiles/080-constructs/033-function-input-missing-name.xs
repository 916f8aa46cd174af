function input_without_name {
  input {
    text
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
