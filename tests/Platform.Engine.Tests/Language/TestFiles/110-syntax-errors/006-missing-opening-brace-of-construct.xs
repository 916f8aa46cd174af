task no_open
  stack {
    var $a {
      value = 1
    }
  }
}
