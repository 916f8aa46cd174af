task position {
  stack {
    var $a { value = 1 }
    var $b {
      value = "x" * 3
    }
  }
}
