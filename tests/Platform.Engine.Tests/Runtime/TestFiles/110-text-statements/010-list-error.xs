task list_error {
  stack {
    var $tags { value = ["a", "b"] }
    debug.log { value = "before" }
    text.append $tags {
      value = "c"
    }
  }
}
