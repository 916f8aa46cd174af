task number_format {
  stack {
    var $result_value {
      value = 31253212.14|number_format:2:".":","
    }
  }
}
