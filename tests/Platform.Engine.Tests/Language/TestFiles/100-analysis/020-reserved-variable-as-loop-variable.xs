task reserved_loop_variable {
  stack {
    foreach ([1, 2]) {
      each as $index {
        debug.log {
          value = $index
        }
      }
    }
  }
}
