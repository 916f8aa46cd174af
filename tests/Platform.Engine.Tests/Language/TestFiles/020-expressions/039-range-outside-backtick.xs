task range_plain {
  stack {
    var $result_value {
      value = 1..10
    }
  }
}
