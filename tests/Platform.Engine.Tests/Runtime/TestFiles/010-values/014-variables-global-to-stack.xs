task scope {
  stack {
    conditional {
      if (true) {
        var $inner { value = "visible after the block" }
      }
    }
    foreach ([1, 2]) {
      each as $item {
        var $last { value = $item }
      }
    }
    debug.log { value = $inner }
    debug.log { value = $item }
    return { value = $last }
  }
}
