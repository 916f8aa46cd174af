task filter_both_sides {
  stack {
    var $a {
      value = -1
    }
    var $b {
      value = -2
    }
    var $result_value {
      value = $a|abs + $b|abs
    }
  }
}
