task loop_comments {
  stack {
    foreach ([1, 2]) {
      // each number
      each as $n {
        // log
        debug.log {
          value = $n
        }
      }
    }
  }
}
