task foreach_scalar {
  stack {
    foreach ("text") {
      each as $x {
        debug.log { value = $x }
      }
    }
  }
}
