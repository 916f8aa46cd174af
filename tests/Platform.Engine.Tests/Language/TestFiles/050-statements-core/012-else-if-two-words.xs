task else_if_words {
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
      else if ($n == 2) {
        var $word {
          value = "two"
        }
      }
    }
  }
}
