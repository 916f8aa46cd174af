task object_duplicate {
  stack {
    var $result_value {
      value = {status: "new", status: "open"}
    }
  }
}
