task while_continue {
  stack {
    var $i { value = 0 }
    while ($i < 5) {
      each {
        var.update $i { value = $i + 1 }
        conditional {
          if ($i == 2) {
            continue
          }
        }
        debug.log { value = $i }
      }
    }
  }
}
