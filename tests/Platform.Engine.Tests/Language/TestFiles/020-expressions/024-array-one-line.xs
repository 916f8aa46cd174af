task array_inline {
  stack {
    var $result_value {
      value = [1, "two", true, null, 4.5]
    }
  }
}
