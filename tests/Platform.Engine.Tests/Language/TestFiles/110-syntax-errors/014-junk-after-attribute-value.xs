task junk_after_value {
  stack {
    var $a {
      value = 1 2
    }
  }
}
