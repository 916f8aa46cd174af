task object_no_colon {
  stack {
    var $result_value {
      value = {name "Ada"}
    }
  }
}
