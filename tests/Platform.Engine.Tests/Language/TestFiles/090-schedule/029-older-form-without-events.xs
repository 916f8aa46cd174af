task legacy_empty {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule {
    interval = 3600
  }
}
