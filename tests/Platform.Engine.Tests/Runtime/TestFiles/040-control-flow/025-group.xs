task grouping {
  stack {
    group {
      stack {
        var $inside { value = "from group" }
        debug.log { value = "in group" }
      }
    }
    return { value = $inside }
  }
}
