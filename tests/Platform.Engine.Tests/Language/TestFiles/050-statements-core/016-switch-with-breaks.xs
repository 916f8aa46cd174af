task switch_breaks {
  stack {
    var $plan {
      value = "pro"
    }
    switch ($plan) {
      case ("pro") {
        var $limit {
          value = 1000
        }
      } break
      case ("team") {
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
