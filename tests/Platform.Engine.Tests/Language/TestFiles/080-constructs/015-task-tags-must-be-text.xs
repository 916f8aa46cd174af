task numeric_tags {
  stack {
    debug.log {
      value = "run"
    }
  }

  tags = ["reports", 2025]
}
