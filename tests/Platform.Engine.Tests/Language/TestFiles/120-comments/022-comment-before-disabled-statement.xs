task disabled_comment {
  stack {
    // switched off while debugging
    !debug.log {
      value = "quiet"
    }
  }
}
