task switch_no_default {
  stack {
    var $plan {
      value = "team"
    }
    switch ($plan) {
      case ("team") {
        var $seats {
          value = 5
        }
      } break
    }
    debug.log {
      value = $seats
    }
  }
}
