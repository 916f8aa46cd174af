task described {
  description = "Nightly " ~ "cleanup"
  stack {
    debug.log {
      value = "run"
    }
  }
}
