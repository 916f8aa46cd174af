task no_stack {
  description = "Nothing to run"
}
