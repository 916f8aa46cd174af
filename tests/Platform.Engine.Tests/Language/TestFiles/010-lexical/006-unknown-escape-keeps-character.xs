task unknown_escape {
  stack {
    var $pattern {
      value = "\d+\.\w"
    }
  }
}
