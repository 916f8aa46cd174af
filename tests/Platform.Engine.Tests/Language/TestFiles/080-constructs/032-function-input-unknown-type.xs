function bad_types {
  input {
    string name
    integer count
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
