task backtick_unterminated {
  stack {
    var $sum {
      value = `1 + 2
    }
  }
}
