task unary {
  stack {
    var $a { value = 4 }
    debug.log { value = -$a }
    debug.log { value = -(-$a) }
    debug.log { value = -"3" }
    return { value = 2 - -2 }
  }
}
