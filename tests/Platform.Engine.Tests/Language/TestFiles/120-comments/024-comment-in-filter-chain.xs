task chain_comments {
  stack {
    var $slug {
      value = "Hello World"
        // lower case first
        |to_lower
        // then dashes
        |replace:" ":"-"
    }
  }
}
