task modulo_level {
  stack {
    var $result_value {
      value = 10 / 4 % 3 * 2
    }
  }
}
