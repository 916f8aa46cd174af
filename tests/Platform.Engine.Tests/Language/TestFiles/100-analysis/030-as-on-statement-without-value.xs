task as_without_value {
  stack {
    var $total {
      value = 1
    } as $copy
  }
}
