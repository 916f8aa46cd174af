task break_finally {
  stack {
    foreach ([1, 2, 3]) {
      each as $n {
        try_catch {
          try {
            conditional {
              if ($n == 2) {
                break
              }
            }
            debug.log { value = "try " ~ $n }
          }
          catch {
            debug.log { value = "catch" }
          }
          finally {
            debug.log { value = "finally " ~ $n }
          }
        }
      }
    }
  }
}
