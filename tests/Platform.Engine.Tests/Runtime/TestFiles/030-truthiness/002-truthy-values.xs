task truthy {
  stack {
    var $values { value = [" ", "a", 1, -1, 0.1, "0.0", "false", [0], {a: null}, true, now] }
    foreach ($values) {
      each as $v {
        debug.log { value = !!$v }
      }
    }
  }
}
