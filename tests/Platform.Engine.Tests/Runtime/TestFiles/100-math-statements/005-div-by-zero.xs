task div_by_zero {
  stack {
    var $a { value = 1 }
    debug.log { value = "before" }
    math.div $a {
      value = 0
    }
    debug.log { value = "never" }
  }
}
