task "nightly {
  stack {
  }
}
