task create_remote_order {
  stack {
    api.request {
      url = "https://api.example.com/orders"
      method = "POST"
      params = {sku: "A1", quantity: 2}
      headers = ["Authorization: Bearer " ~ $env.SHOP_TOKEN, "Accept: application/json"]
      timeout = 30
      follow_location = false
      verify_host = true
      verify_peer = true
    } as $order_response
    debug.log {
      value = $order_response.response.status
    }
  }
}
