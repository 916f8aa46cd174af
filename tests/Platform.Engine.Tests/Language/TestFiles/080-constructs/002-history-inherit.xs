task keep_history_1 {
  stack {
    debug.log {
      value = "run"
    }
  }

  history = "inherit"
}
