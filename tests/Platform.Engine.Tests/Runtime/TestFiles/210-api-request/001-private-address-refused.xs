task private_address {
  stack {
    api.request {
      url = "http://10.0.0.1/internal"
    } as $response
  }
}
