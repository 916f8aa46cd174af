task while_break {
  stack {
    var $n {
      value = 0
    }
    while (true) {
      each {
        math.add $n {
          value = 1
        }
        conditional {
          if ($n >= 10) {
            break
          }
        }
      }
    }
  }
}
