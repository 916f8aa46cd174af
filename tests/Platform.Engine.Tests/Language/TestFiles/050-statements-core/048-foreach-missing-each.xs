task foreach_no_each {
  stack {
    foreach ([1, 2]) {
      debug.log {
        value = "no each"
      }
    }
  }
}
