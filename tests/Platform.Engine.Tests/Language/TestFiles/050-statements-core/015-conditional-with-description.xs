task conditional_description {
  stack {
    var $n {
      value = 2
    }
    conditional {
      description = "Pick a label"
      if ($n == 1) {
        var $word {
          value = "one"
        }
      }
    }
  }
}
