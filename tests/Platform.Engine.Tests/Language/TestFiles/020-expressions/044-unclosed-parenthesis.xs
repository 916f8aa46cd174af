task unclosed_paren {
  stack {
    var $result_value {
      value = (1 + 2
    }
  }
}
