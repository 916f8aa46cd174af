task group_no_stack {
  stack {
    group {
      debug.log {
        value = 1
      }
    }
  }
}
