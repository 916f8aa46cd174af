// A task has no input, so util.get_all_input yields an empty object (reference §4.3).
task get_all_input {
  stack {
    util.get_all_input as $everything
    return {
      value = $everything
    }
  }
}
