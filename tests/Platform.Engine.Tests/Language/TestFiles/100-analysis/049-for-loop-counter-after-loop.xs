task counter_after_loop {
  stack {
    for (3) {
      each as $i {
        debug.log {
          value = $i
        }
      }
    }
    debug.log {
      value = $i
    }
  }
}
