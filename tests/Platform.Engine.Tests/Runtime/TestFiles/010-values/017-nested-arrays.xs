task nested {
  stack {
    var $grid { value = [[1, 2], [3, 4]] }
    var.update $grid[1][0] { value = 30 }
    debug.log { value = $grid[0][1] }
    return { value = $grid }
  }
}
