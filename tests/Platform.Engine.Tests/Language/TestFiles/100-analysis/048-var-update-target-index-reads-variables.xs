task update_index_unassigned {
  stack {
    var $grid {
      value = [[0]]
    }
    var.update $grid[$row][0] {
      value = 1
    }
  }
}
