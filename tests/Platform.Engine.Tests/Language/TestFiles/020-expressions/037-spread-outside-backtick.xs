task spread_array {
  stack {
    var $a {
      value = [1, 2]
    }
    var $result_value {
      value = [0, ...$a]
    }
  }
}
