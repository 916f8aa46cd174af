task foreach_object {
  stack {
    foreach ({a: 1, b: 2}) {
      each as $value {
        debug.log { value = $value }
      }
    }
  }
}
