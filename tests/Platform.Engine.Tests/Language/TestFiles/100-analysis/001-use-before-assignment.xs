task read_too_early {
  stack {
    debug.log {
      value = $total
    }
    var $total {
      value = 1
    }
  }
}
