task nightly verb=GET {
  stack {
  }
}
