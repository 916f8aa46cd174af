task redeclare {
  stack {
    var $count {
      value = 1
    }
    var $count {
      value = $count + 1
    }
  }
}
