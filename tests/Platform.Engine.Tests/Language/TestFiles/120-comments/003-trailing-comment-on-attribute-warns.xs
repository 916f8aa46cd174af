task trailing_attribute_comment {
  stack {
    var $open {
      value = 3 // three for now
    }
  }
}
