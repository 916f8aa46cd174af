task merge_filtered {
  stack {
    var $a {
      value = [1]
    }
    var $b {
      value = {x: 2}
    }
    var $result_value {
      value = $a|merge:($b|values)
    }
  }
}
