task return_loop {
  stack {
    foreach ([5, 6, 7]) {
      each as $n {
        conditional {
          if ($n == 6) {
            return { value = "found " ~ $n }
          }
        }
        debug.log { value = $n }
      }
    }
    return { value = "not found" }
  }
}
