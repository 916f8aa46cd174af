task arith_precedence {
  stack {
    var $result_value {
      value = 1 + 2 * 3 - 4 / 2
    }
  }
}
