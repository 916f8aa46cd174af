task update_undeclared {
  stack {
    var.update $total {
      value = 1
    }
  }
}
