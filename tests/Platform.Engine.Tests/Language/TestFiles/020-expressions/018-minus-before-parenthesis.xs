task negate_paren {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = -($a + $b)
    }
  }
}
