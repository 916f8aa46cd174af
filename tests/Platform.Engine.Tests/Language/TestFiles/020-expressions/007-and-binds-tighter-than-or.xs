task and_or {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $c {
      value = 5
    }
    var $result_value {
      value = $a > 1 || $b > 1 && $c > 1
    }
  }
}
