task spread_object {
  stack {
    var $defaults {
      value = {size: 1}
    }
    var $result_value {
      value = {...$defaults, color: "red"}
    }
  }
}
