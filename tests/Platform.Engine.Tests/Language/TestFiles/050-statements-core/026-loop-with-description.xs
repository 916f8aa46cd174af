task loop_description {
  stack {
    foreach ([1, 2]) {
      description = "Log each number"
      each as $n {
        debug.log {
          value = $n
        }
      }
    }
  }
}
