task array_no_comma {
  stack {
    var $list {
      value = [1 2]
    }
  }
}
