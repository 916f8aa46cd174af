function enum_input {
  input {
    enum status {
      values = ["draft", "published", "archived"]
    }
  }

  stack {
    debug.log {
      value = $input.status
    }
  }
}
