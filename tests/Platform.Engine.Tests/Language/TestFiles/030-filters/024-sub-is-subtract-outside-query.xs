task sub_alias {
  stack {
    var $result_value {
      value = 10|sub:2|mul:3|div:4
    }
  }
}
