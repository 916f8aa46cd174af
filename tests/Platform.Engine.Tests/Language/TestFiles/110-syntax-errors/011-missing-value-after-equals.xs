task missing_value {
  stack {
    var $a {
      value =
    }
  }
}
