task pop_discarded {
  stack {
    var $stack {
      value = [1, 2]
    }
    array.pop $stack
  }
}
