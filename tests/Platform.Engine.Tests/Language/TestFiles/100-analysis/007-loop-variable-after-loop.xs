task loop_variable_after {
  stack {
    foreach ([1, 2, 3]) {
      each as $n {
        var $last_seen {
          value = $n
        }
      }
    }
    debug.log {
      value = [$n, $last_seen]
    }
  }
}
