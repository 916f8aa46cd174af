function wrong_input_filter {
  input {
    int age filters=trim
    bool active filters=min:1
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
