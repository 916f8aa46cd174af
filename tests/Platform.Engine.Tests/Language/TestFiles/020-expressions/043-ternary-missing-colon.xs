task ternary_no_colon {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = $a > 1 ? "big"
    }
  }
}
