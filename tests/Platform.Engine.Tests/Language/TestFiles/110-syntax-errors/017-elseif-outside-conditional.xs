task elseif_outside {
  stack {
    var $a {
      value = 1
    }
    elseif ($a == 1) {
      debug.log {
        value = 1
      }
    }
  }
}
