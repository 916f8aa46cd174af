task blank_line_comments {
  stack {
    var $a {
      value = 1
    }

    // after a blank line
    var $b {
      value = 2
    }
  }
}
