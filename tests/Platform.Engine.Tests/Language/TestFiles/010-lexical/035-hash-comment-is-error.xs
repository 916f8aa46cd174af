task hash_comment {
  stack {
    # not a comment
    var $count {
      value = 1
    }
  }
}
