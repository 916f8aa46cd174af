task negative_argument {
  stack {
    var $result_value {
      value = 10|add:-1|multiply:-2
    }
  }
}
