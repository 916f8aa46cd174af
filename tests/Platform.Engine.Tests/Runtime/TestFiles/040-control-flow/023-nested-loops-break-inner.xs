task nested_loops {
  stack {
    foreach ([1, 2]) {
      each as $a {
        foreach ([10, 20, 30]) {
          each as $b {
            conditional {
              if ($b == 20) {
                break
              }
            }
            debug.log { value = $a * $b }
          }
        }
      }
    }
  }
}
