task leading_comments {
  stack {
    // Count the open orders first
    var $open {
      value = 3
    }
    // then log them
    // on two lines
    debug.log {
      value = $open
    }
  }
}
