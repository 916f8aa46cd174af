task unknown_filter {
  stack {
    var $x { value = "abc" }
    return { value = $x|no_such_filter }
  }
}
