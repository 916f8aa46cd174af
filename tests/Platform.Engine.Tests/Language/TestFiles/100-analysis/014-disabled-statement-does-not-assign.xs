task disabled_assign {
  stack {
    !var $total {
      value = 1
    }
    debug.log {
      value = $total
    }
  }
}
