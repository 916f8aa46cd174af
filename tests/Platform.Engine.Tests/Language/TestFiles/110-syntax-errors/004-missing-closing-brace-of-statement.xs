task unclosed_statement {
  stack {
    var $a {
      value = 1
    var $b {
      value = 2
    }
  }
}
