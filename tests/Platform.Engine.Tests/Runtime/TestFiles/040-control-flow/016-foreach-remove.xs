task foreach_remove {
  stack {
    var $items { value = [1, 2, 3, 4, 5] }
    foreach ($items) {
      each as $n {
        conditional {
          if ($n % 2 == 0) {
            foreach.remove
          }
        }
      }
    }
    return { value = $items }
  }
}
