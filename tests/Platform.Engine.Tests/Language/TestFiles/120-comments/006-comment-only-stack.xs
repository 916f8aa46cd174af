task comment_only_stack {
  stack {
    // nothing to do yet
  }
}
