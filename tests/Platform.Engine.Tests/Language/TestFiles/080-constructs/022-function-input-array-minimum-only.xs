function minimum_only {
  input {
    int[1:] scores
  }

  stack {
    debug.log {
      value = $input.scores
    }
  }
}
