task value_list_error {
  stack {
    var $line { value = "x" }
    text.contains $line { value = ["x"] } as $found
    return { value = $found }
  }
}
