task else_same_line {
  stack {
    var $ok {
      value = true
    }
    conditional {
      if ($ok) {
        var $label {
          value = "yes"
        }
      } else {
        var $label {
          value = "no"
        }
      }
    }
  }
}
