task keep_history_bad {
  stack {
    debug.log {
      value = "run"
    }
  }

  history = 7
}
