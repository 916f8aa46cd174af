task foreach_empty {
  stack {
    foreach (null) {
      each as $x {
        debug.log { value = "never" }
      }
    }
    foreach ([]) {
      each as $x {
        debug.log { value = "never" }
      }
    }
    return { value = "done" }
  }
}
