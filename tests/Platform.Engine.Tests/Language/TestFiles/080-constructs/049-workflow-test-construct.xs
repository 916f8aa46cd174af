workflow_test checkout_flow {
  datasource = "test"
  stack {
    function.call "cart/checkout" {
      input = {cart_id: 1}
    } as $order
    expect.to_equal ($order.status) {
      value = "paid"
    }
  }
}
