task glued_minus {
  stack {
    var $left {
      value = 5-3
    }
  }
}
