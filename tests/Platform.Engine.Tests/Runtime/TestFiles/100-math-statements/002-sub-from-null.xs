task sub_from_null {
  stack {
    var $stock { value = null }
    math.sub $stock { value = 3 }
    debug.log { value = $stock }
    math.sub $stock { value = -10.5 }
    return { value = $stock }
  }
}
