task comma_statements {
  stack {
    var $a {
      value = 1
    },
    var $b {
      value = 2
    }
  }
}
