task nested_location {
  stack {
    foreach ([1, 2]) {
      each as $n {
        conditional {
          if ($n == 2) {
            precondition (false) {
              error = "failed at item " ~ $n
            }
          }
        }
      }
    }
  }
}
