task switch_match {
  stack {
    var $status { value = "paid" }
    switch ($status) {
      case ("new") {
        debug.log { value = "new" }
      } break
      case ("paid") {
        debug.log { value = "paid" }
      } break
      default {
        debug.log { value = "other" }
      }
    }
  }
}
