workflow_test api_flow {
  stack {
    api.call "orders" verb=POST {
      api_group = "shop"
      input = {sku: "A1"}
    } as $order
    expect.to_be_defined ($order.id)
  }
}
