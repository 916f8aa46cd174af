task break_continue {
  stack {
    var $found {
      value = null
    }
    foreach ([1, 2, 3, 4]) {
      each as $n {
        conditional {
          if ($n % 2 == 1) {
            continue
          }
        }
        var.update $found {
          value = $n
        }
        break
      }
    }
  }
}
