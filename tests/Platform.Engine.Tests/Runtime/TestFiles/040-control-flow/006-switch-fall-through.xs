task fall_through {
  stack {
    var $n { value = 1 }
    switch ($n) {
      case (1) {
        debug.log { value = "one" }
      }
      case (2) {
        debug.log { value = "two" }
      } break
      case (3) {
        debug.log { value = "three" }
      } break
    }
  }
}
