task every_branch {
  stack {
    var $score {
      value = 70
    }
    conditional {
      if ($score > 50) {
        var $grade {
          value = "pass"
        }
      }
      else {
        var $grade {
          value = "fail"
        }
      }
    }
    debug.log {
      value = $grade
    }
  }
}
