task path_targets {
  stack {
    var $stats { value = {orders: 2, totals: [10, 20]} }
    math.add $stats.orders { value = 1 }
    math.mul $stats.totals[1] { value = 3 }
    math.add $stats.missing { value = 4 }
    return { value = $stats }
  }
}
