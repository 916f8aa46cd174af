task trailing_statement_comment {
  stack {
    var $open {
      value = 3
    } // three for now
  }
}
