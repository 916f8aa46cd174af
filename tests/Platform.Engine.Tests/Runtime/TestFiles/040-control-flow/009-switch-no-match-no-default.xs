task switch_none {
  stack {
    switch (99) {
      case (1) {
        debug.log { value = "one" }
      } break
    }
    return { value = "after" }
  }
}
