task disabled {
  stack {
    var $x { value = 1 }
    !var.update $x { value = 2 }
    !debug.log { value = "skipped" }
    return { value = $x }
  }
}
