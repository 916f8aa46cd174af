task return_in_loop {
  stack {
    foreach ([1, 2, 3]) {
      each as $n {
        conditional {
          if ($n == 2) {
            return {
              value = $n
            }
          }
        }
      }
    }
  }
}
