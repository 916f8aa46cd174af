task array_multiline {
  stack {
    var $result_value {
      value = [
      "alpha",
      "beta",
    ]
    }
  }
}
