task same_line_statements {
  stack {
    var $a {
      value = 1
    } var $b {
      value = 2
    }
  }
}
