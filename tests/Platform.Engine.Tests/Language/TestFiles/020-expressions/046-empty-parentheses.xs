task empty_parens {
  stack {
    var $result_value {
      value = ()
    }
  }
}
