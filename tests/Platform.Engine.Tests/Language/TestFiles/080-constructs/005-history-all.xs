task keep_history_4 {
  stack {
    debug.log {
      value = "run"
    }
  }

  history = "all"
}
