task object_trailing {
  stack {
    var $result_value {
      value = {name: "Ada", age: 36,}
    }
  }
}
