task mod_by_fraction {
  stack {
    var $slot { value = 7 }
    math.mod $slot { value = 0.5 }
  }
}
