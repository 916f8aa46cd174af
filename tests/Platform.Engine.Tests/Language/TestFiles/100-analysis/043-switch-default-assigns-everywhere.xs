task switch_default {
  stack {
    var $plan {
      value = "free"
    }
    switch ($plan) {
      case ("pro") {
        var $limit {
          value = 100
        }
      } break
      default {
        var $limit {
          value = 10
        }
      }
    }
    debug.log {
      value = $limit
    }
  }
}
