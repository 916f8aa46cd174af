task foreach_remove {
  stack {
    var $queue {
      value = [1, 0, 2]
    }
    foreach ($queue) {
      each as $job {
        conditional {
          if ($job == 0) {
            foreach.remove
          }
        }
      }
    }
  }
}
