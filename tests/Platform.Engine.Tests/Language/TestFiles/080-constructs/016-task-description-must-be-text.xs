task description_list {
  description = ["a", "b"]
  stack {
    debug.log {
      value = "run"
    }
  }
}
