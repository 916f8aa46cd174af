task negate_spaced {
  stack {
    var $result_value {
      value = - 5
    }
  }
}
