task switch_default {
  stack {
    switch ("zzz") {
      case ("a") {
        debug.log { value = "a" }
      } break
      default {
        debug.log { value = "default" }
      }
    }
  }
}
