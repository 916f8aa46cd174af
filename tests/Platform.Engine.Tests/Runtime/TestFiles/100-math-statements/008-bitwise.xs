task bitwise {
  stack {
    var $flags { value = 12 }
    math.bitwise.and $flags { value = 10 }
    debug.log { value = $flags }
    math.bitwise.or $flags { value = 5 }
    debug.log { value = $flags }
    math.bitwise.xor $flags { value = 15 }
    debug.log { value = $flags }
    var $fraction { value = 7.9 }
    math.bitwise.and $fraction { value = 3 }
    return { value = $fraction }
  }
}
