task argument_unassigned {
  stack {
    var $list {
      value = [1, 2]
    }
    var $pushed {
      value = $list|push:$extra
    }
  }
}
