task snapshot {
  stack {
    var $items { value = [1, 2] }
    foreach ($items) {
      each as $n {
        var.update $items { value = [$n, $n, $n] }
        debug.log { value = $n }
      }
    }
    return { value = $items }
  }
}
