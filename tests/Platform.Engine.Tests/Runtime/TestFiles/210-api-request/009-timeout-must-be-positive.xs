task bad_timeout {
  stack {
    api.request {
      url = "http://10.0.0.1/"
      timeout = 0
    } as $response
  }
}
