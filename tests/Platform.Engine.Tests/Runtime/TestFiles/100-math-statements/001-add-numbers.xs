task add_numbers {
  stack {
    var $total { value = 10 }
    math.add $total { value = 5 }
    debug.log { value = $total }
    math.add $total { value = 2.5 }
    debug.log { value = $total }
    math.add $total { value = "4" }
    debug.log { value = $total }
    return { value = $total }
  }
}
