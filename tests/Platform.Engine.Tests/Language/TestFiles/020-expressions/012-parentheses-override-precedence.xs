task parens {
  stack {
    var $result_value {
      value = (1 + 2) * (3 - 1)
    }
  }
}
