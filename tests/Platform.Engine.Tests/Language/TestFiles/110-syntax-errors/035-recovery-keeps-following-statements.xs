task recovery {
  stack {
    var $a {
      value = 1 +
    }
    var $b {
      value = 2
    }
    debug.log {
      value = $b
    }
  }
}
