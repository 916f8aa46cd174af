task backtick {
  stack {
    var $total {
      value = 10
    }
    var $doubled {
      value = `$total * 2`
    }
  }
}
