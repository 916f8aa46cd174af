task equalities {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = [$a == "3", $a === 3, $a != $b, $a !== $b]
    }
  }
}
