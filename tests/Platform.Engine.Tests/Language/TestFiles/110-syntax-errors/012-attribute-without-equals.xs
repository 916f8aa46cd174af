task attribute_no_equals {
  stack {
    var $a {
      value 1
    }
  }
}
