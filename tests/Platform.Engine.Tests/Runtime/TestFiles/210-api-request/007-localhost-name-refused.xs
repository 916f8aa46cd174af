task localhost_name {
  stack {
    api.request {
      url = "http://localhost:9/"
    } as $response
  }
}
