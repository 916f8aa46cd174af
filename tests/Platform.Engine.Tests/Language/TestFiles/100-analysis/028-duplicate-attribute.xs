task duplicate_attribute {
  stack {
    var $total {
      value = 1
      value = 2
    }
  }
}
