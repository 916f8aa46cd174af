task no_return {
  stack {
    var $x { value = 1 }
  }
}
