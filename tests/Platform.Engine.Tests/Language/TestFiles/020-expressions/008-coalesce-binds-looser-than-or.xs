task coalesce_level {
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
      value = $a || $b ?? $c
    }
  }
}
