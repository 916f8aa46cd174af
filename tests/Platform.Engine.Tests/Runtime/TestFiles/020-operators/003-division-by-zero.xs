task by_zero {
  stack {
    var $n { value = 0 }
    return { value = 10 / $n }
  }
}
