task for_zero {
  stack {
    for (0) {
      each as $i {
        debug.log { value = "never" }
      }
    }
    for (-3) {
      each as $j {
        debug.log { value = "never" }
      }
    }
    return { value = "done" }
  }
}
