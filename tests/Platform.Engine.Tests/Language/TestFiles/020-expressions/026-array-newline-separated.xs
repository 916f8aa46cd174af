task array_newlines {
  stack {
    var $result_value {
      value = [
      "alpha"
      "beta"
      "gamma"
    ]
    }
  }
}
