task if_without_else {
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
    }
    debug.log {
      value = $grade
    }
  }
}
