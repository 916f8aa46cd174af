task unknown_attribute {
  stack {
    var $total {
      value = 1
      default = 0
    }
  }
}
