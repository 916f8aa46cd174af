task range_arith {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = `$a + 1..$b * 2`
    }
  }
}
