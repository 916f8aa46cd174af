task for_control {
  stack {
    for (10) {
      each as $i {
        conditional {
          if ($i == 1) {
            continue
          }
          elseif ($i == 4) {
            break
          }
        }
        debug.log { value = $i }
      }
    }
  }
}
