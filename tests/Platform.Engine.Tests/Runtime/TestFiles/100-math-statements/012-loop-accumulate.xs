task loop_accumulate {
  stack {
    var $orders { value = [{amount: 19.99}, {amount: 5}, {amount: 0.01}] }
    var $total { value = 0 }
    var $count { value = 0 }
    foreach ($orders) {
      each as $order {
        math.add $total { value = $order.amount }
        math.add $count { value = 1 }
      }
    }
    var $average { value = $total }
    math.div $average { value = $count }
    return { value = {total: $total, count: $count, average: $average|round:2} }
  }
}
