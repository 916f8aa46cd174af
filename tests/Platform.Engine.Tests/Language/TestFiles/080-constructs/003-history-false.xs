task keep_history_2 {
  stack {
    debug.log {
      value = "run"
    }
  }

  history = false
}
