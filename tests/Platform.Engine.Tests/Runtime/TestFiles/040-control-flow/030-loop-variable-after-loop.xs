task loop_var {
  stack {
    foreach (["x", "y"]) {
      each as $letter {
        var $seen { value = $letter }
      }
    }
    return { value = [$letter, $seen] }
  }
}
