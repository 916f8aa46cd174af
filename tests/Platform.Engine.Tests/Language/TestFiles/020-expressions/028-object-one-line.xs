task object_inline {
  stack {
    var $result_value {
      value = {name: "Ada", age: 36, admin: false}
    }
  }
}
