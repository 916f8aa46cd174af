task comment_after_brace {
  stack {
    var $open { // three for now
      value = 3
    }
  }
}
