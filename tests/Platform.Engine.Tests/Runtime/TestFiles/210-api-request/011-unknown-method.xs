task unknown_method {
  stack {
    api.request {
      url = "http://10.0.0.1/"
      method = "FETCH"
    } as $response
  }
}
