task digit_members {
  stack {
    var $matrix {
      value = [[1, 2], [3, 4]]
    }
    var $cell {
      value = $matrix.1.0
    }
  }
}
