task stop {
  stack {
    debug.log { value = "before" }
    debug.stop { value = "stopped here" }
    debug.log { value = "after" }
  }
}
