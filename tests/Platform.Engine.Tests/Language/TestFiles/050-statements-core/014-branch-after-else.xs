task branch_after_else {
  stack {
    var $n {
      value = 2
    }
    conditional {
      if ($n == 1) {
        var $word {
          value = "one"
        }
      }
      else {
        var $word {
          value = "other"
        }
      }
      elseif ($n == 2) {
        var $word {
          value = "two"
        }
      }
    }
  }
}
