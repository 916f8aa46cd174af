task first {
  stack {
    debug.log {
      value = 1
    }
  }
}
task second {
  stack {
  }
}
