task falsy {
  stack {
    var $values { value = ["", null, 0, "0", false, [], {}, 0.0] }
    foreach ($values) {
      each as $v {
        conditional {
          if ($v) {
            debug.log { value = "truthy" }
          }
          else {
            debug.log { value = "falsy" }
          }
        }
      }
    }
  }
}
