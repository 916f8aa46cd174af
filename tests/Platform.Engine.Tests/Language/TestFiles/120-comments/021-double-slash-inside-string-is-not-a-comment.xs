task slashes_in_string {
  stack {
    var $path {
      value = "//not a comment"
    }
  }
}
