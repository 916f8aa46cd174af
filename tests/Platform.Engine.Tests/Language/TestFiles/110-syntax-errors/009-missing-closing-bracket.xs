task unclosed_array {
  stack {
    var $list {
      value = [1, 2
    }
  }
}
