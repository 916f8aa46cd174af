task some_branches {
  stack {
    var $score {
      value = 70
    }
    conditional {
      if ($score > 90) {
        var $grade {
          value = "A"
        }
      }
      elseif ($score > 50) {
        debug.log {
          value = "no grade yet"
        }
      }
      else {
        var $grade {
          value = "F"
        }
      }
    }
    debug.log {
      value = $grade
    }
  }
}
