task foreach_break {
  stack {
    foreach ([1, 2, 3, 4]) {
      each as $n {
        conditional {
          if ($n == 3) {
            break
          }
        }
        debug.log { value = $n }
      }
    }
    return { value = $n }
  }
}
