task for_loop {
  stack {
    for (4) {
      each as $i {
        debug.log { value = $i }
      }
    }
    return { value = $i }
  }
}
