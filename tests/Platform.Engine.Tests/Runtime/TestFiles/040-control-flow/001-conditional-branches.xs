task branches {
  stack {
    foreach ([1, 5, 10]) {
      each as $n {
        conditional {
          if ($n < 3) {
            debug.log { value = "small" }
          }
          elseif ($n < 7) {
            debug.log { value = "medium" }
          }
          else {
            debug.log { value = "large" }
          }
        }
      }
    }
  }
}
