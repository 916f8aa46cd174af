task dangling_stack_comment {
  stack {
    var $open {
      value = 3
    }
    // TODO: send the report
  }
}
