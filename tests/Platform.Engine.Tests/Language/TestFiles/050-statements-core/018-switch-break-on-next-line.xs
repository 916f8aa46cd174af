task switch_break_next_line {
  stack {
    var $plan {
      value = "team"
    }
    switch ($plan) {
      case ("team") {
        var $seats {
          value = 5
        }
      }
      break
      default {
        var $seats {
          value = 1
        }
      }
    }
  }
}
