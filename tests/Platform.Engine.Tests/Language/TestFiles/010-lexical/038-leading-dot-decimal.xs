task leading_dot {
  stack {
    var $half {
      value = .5
    }
  }
}
