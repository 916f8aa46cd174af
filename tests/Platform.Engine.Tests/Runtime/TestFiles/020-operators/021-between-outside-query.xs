task between {
  stack {
    var $a { value = 5 }
    debug.log { value = $a between 1:10 }
    return { value = $a not between 1:4 }
  }
}
