task each_without_as {
  stack {
    foreach ([1, 2]) {
      each {
        debug.log {
          value = "no variable"
        }
      }
    }
  }
}
