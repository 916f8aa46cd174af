task if_elseif_else {
  stack {
    var $age {
      value = 15
    }
    conditional {
      if ($age >= 18) {
        var $group {
          value = "adult"
        }
      }
      elseif ($age >= 13) {
        var $group {
          value = "teen"
        }
      }
      else {
        var $group {
          value = "child"
        }
      }
    }
    debug.log {
      value = $group
    }
  }
}
