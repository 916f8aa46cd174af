task break_path {
  stack {
    foreach ([1, 2, 3]) {
      each as $n {
        conditional {
          if ($n > 2) {
            break
          }
          else {
            var $small {
              value = $n
            }
          }
        }
        debug.log {
          value = $small
        }
      }
    }
  }
}
