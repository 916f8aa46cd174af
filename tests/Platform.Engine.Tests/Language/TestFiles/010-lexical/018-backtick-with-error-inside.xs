task backtick_error {
  stack {
    var $sum {
      value = `1 +`
    }
  }
}
