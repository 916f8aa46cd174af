task left_assoc {
  stack {
    var $result_value {
      value = 10 - 3 - 2
    }
  }
}
