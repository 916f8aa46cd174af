task while_break {
  stack {
    var $i { value = 0 }
    while (true) {
      each {
        var.update $i { value = $i + 1 }
        conditional {
          if ($i >= 5) {
            break
          }
        }
      }
    }
    return { value = $i }
  }
}
