task if_outside {
  stack {
    var $a {
      value = 1
    }
    if ($a == 1) {
      debug.log {
        value = 1
      }
    }
  }
}
