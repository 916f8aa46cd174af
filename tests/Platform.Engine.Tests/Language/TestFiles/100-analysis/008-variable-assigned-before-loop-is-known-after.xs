task assigned_before_loop {
  stack {
    var $sum {
      value = 0
    }
    foreach ([1, 2, 3]) {
      each as $n {
        math.add $sum {
          value = $n
        }
      }
    }
    debug.log {
      value = $sum
    }
  }
}
