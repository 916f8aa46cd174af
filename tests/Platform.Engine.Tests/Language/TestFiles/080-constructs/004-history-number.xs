task keep_history_3 {
  stack {
    debug.log {
      value = "run"
    }
  }

  history = 100
}
