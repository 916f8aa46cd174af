task object_trailing_comments {
  stack {
    var $payload {
      value = {
        name : "Ada" // who
        since: 1843 // when
      }
    }
  }
}
