task bad_header {
  stack {
    api.request {
      url = "http://10.1.2.3/"
      headers = ["Authorization Bearer x"]
    } as $response
  }
}
