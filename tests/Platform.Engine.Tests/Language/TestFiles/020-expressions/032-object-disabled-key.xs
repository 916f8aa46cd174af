task object_disabled {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = {name: "Ada", !debug_info: $a}
    }
  }
}
