task mod_signs {
  stack {
    var $a { value = 17 }
    math.mod $a { value = 5 }
    debug.log { value = $a }
    var $b { value = -17 }
    math.mod $b { value = 5 }
    debug.log { value = $b }
    var $c { value = 17.9 }
    math.mod $c { value = -5 }
    return { value = $c }
  }
}
