task extra_brace {
  stack {
    var $a {
      value = 1
    }
    }
  }
}
