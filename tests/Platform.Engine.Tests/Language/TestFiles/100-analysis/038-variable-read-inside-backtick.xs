task backtick_unassigned {
  stack {
    var $doubled {
      value = `$price * 2`
    }
  }
}
