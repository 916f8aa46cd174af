task each_no_brace {
  stack {
    foreach ([1, 2]) {
      each as $n
        debug.log {
          value = $n
        }
    }
  }
}
