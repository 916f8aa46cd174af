task foreach_continue {
  stack {
    foreach ([1, 2, 3, 4]) {
      each as $n {
        conditional {
          if ($n % 2 == 0) {
            continue
          }
        }
        debug.log { value = $n }
      }
    }
  }
}
