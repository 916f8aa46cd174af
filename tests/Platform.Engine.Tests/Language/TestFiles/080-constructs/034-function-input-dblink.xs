function linked_inputs {
  input {
    dblink {
      table = "user"
    }
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
