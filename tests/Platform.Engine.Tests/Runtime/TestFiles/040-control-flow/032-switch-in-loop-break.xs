task switch_loop {
  stack {
    foreach ([1, 2, 3]) {
      each as $n {
        switch ($n) {
          case (2) {
            debug.log { value = "two" }
          } break
          default {
            debug.log { value = $n }
          }
        }
      }
    }
  }
}
