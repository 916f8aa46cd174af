task while_truthy {
  stack {
    var $n { value = 3 }
    while ($n) {
      each {
        debug.log { value = $n }
        var.update $n { value = $n - 1 }
      }
    }
    return { value = $n }
  }
}
