task update_simple {
  stack {
    var $count {
      value = 1
    }
    var.update $count {
      value = $count * 2
    }
  }
}
