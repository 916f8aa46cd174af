task update_index {
  stack {
    var $scores {
      value = [1, 2, 3]
    }
    var.update $scores[0] {
      value = 10
    }
    var.update $scores.[$scores|count - 1] {
      value = 30
    }
  }
}
