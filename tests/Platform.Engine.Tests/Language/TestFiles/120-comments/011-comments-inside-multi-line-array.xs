task array_comments {
  stack {
    var $steps {
      value = [
        // first
        "fetch"
        // second
        "store"
        // more to come
      ]
    }
  }
}
