task dangling_attribute_comment {
  stack {
    debug.log {
      value = 1
      // more attributes later
    }
  }
}
