task div_exact_and_decimal {
  stack {
    var $a { value = 20 }
    math.div $a { value = 4 }
    debug.log { value = $a }
    math.div $a { value = 2 }
    debug.log { value = $a }
    var $sum { value = 12 }
    math.div $sum { value = 8 }
    return { value = $sum }
  }
}
