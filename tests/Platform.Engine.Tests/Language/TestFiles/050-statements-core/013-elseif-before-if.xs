task elseif_first {
  stack {
    var $n {
      value = 2
    }
    conditional {
      elseif ($n == 2) {
        var $word {
          value = "two"
        }
      }
    }
  }
}
