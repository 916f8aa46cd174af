task foreach_each {
  stack {
    var $orders {
      value = [{amount: 5}, {amount: 7}]
    }
    var $total {
      value = 0
    }
    foreach ($orders) {
      each as $order {
        math.add $total {
          value = $order.amount
        }
      }
    }
  }
}
