task keep_history_5 {
  stack {
    debug.log {
      value = "run"
    }
  }

  history = {inherit: true}
}
