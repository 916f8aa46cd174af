task reordered {
  tags = ["reports"]
  stack {
    debug.log {
      value = "run"
    }
  }

  description = "Clauses in any order"
}
