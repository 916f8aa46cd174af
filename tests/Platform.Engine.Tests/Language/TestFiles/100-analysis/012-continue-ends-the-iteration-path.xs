task continue_path {
  stack {
    foreach ([1, 2, 3]) {
      each as $n {
        conditional {
          if ($n == 2) {
            continue
          }
          else {
            var $label {
              value = "odd"
            }
          }
        }
        debug.log {
          value = $label
        }
      }
    }
  }
}
