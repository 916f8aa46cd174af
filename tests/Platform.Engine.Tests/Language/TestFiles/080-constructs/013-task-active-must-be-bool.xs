task active_text {
  active = "yes"
  stack {
    debug.log {
      value = "run"
    }
  }
}
