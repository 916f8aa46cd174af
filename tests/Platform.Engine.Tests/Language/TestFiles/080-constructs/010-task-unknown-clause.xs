task unknown_clause {
  stack {
    debug.log {
      value = "run"
    }
  }

  priority = 5
}
