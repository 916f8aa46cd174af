task foreach_array {
  stack {
    var $total { value = 0 }
    foreach ([3, 4, 5]) {
      each as $n {
        var.update $total { value = $total + $n }
      }
    }
    return { value = $total }
  }
}
