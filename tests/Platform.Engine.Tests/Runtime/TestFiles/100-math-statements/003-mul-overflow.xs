task mul_overflow {
  stack {
    var $price { value = 20 }
    math.mul $price { value = 1.5 }
    debug.log { value = $price }
    var $big { value = 9223372036854775807 }
    math.mul $big { value = 2 }
    debug.log { value = $big }
    var $whole { value = 6 }
    math.mul $whole { value = 7 }
    return { value = $whole }
  }
}
