task access_chain {
  stack {
    var $order {
      value = {items: [{price: 2, quantity: 3}]}
    }
    var $result_value {
      value = $order.items[0].price * $order.items[0].quantity
    }
  }
}
