task lone_dollar {
  stack {
    var $count {
      value = $
    }
  }
}
