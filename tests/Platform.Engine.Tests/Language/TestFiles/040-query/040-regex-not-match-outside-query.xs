task regex_outside_query {
  stack {
    var $name {
      value = "Ada"
    }
    var $matches {
      value = $name !~ "^A"
    }
  }
}
