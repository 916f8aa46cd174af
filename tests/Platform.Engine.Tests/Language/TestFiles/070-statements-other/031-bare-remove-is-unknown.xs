task bare_remove {
  stack {
    foreach ([1, 2]) {
      each as $n {
        remove
      }
    }
  }
}
