task elseif_same_line {
  stack {
    var $n {
      value = 2
    }
    conditional {
      if ($n == 1) {
        var $word {
          value = "one"
        }
      } elseif ($n == 2) {
        var $word {
          value = "two"
        }
      }
    }
  }
}
