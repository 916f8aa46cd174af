task switch_fallthrough {
  stack {
    var $level {
      value = 2
    }
    var $perks {
      value = []
    }
    switch ($level) {
      case (2) {
        array.push $perks {
          value = "priority"
        }
      }
      case (1) {
        array.push $perks {
          value = "basic"
        }
      } break
    }
  }
}
