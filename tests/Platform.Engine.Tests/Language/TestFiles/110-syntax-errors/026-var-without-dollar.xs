task var_no_dollar {
  stack {
    var total {
      value = 1
    }
  }
}
