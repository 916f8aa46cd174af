task object_comments {
  stack {
    var $payload {
      value = {
        // who
        name : "Ada"
        // when
        since: 1843
      }
    }
  }
}
