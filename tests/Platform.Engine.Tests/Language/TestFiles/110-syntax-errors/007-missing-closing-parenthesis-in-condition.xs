task unclosed_condition {
  stack {
    var $a {
      value = 2
    }
    conditional {
      if ($a > 1 {
        debug.log {
          value = 1
        }
      }
    }
  }
}
