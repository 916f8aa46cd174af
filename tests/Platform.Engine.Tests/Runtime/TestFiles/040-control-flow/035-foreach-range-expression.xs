task ranges {
  stack {
    foreach (`1..4`) {
      each as $n {
        debug.log { value = $n }
      }
    }
  }
}
