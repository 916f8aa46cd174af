task pre_pass {
  stack {
    precondition (1 == 1) {
      error = "never"
    }
    return { value = "passed" }
  }
}
