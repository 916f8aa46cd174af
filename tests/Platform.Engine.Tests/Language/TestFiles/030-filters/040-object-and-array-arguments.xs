task structured_arguments {
  stack {
    var $result_value {
      value = {a: 1}|merge:{b: 2}|set:"c":[1, 2]
    }
  }
}
