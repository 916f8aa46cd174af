task overflow {
  stack {
    var $big { value = 9223372036854775807 }
    debug.log { value = $big + 1 }
    debug.log { value = $big * 2 }
    return { value = -9223372036854775807 - 10 }
  }
}
