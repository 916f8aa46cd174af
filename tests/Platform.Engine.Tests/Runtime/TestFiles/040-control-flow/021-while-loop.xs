task while_loop {
  stack {
    var $i { value = 0 }
    var $squares { value = [] }
    while ($i < 4) {
      each {
        var.update $squares[$i] { value = $i * $i }
        var.update $i { value = $i + 1 }
      }
    }
    return { value = $squares }
  }
}
