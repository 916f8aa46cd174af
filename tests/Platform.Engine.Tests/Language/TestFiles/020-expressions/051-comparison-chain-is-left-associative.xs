task compare_chain {
  stack {
    var $result_value {
      value = 1 < 2 < 3
    }
  }
}
