task broken {
  stack {
    var $x { value = (1 + }
  }
}
