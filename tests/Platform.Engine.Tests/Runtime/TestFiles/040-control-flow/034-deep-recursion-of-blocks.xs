task deep {
  stack {
    var $n { value = 0 }
    foreach ([1]) {
      each as $a {
        foreach ([1]) {
          each as $b {
            foreach ([1]) {
              each as $c {
                foreach ([1]) {
                  each as $d {
                    var.update $n { value = $a + $b + $c + $d }
                  }
                }
              }
            }
          }
        }
      }
    }
    return { value = $n }
  }
}
