task in_outside_query {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = $a in [1, 2, 3]
    }
  }
}
