task expression_comments {
  stack {
    var $total {
      value = (
        // base price
        10
        // plus tax
        + 2
      )
    }
  }
}
