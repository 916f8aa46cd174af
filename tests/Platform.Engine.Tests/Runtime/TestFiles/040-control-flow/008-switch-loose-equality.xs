task switch_loose {
  stack {
    switch ("2") {
      case (2) {
        debug.log { value = "matched int 2 with text 2" }
      } break
      default {
        debug.log { value = "no match" }
      }
    }
  }
}
