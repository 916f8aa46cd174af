task self_reference {
  stack {
    var $count {
      value = $count + 1
    }
  }
}
