task filter_on_group {
  stack {
    var $a {
      value = 1.234
    }
    var $b {
      value = 2.345
    }
    var $result_value {
      value = ($a + $b)|round:2
    }
  }
}
