task empty_literals {
  stack {
    var $result_value {
      value = {list: [], map: {}}
    }
  }
}
