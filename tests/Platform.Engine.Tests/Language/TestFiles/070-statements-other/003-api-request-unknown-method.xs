task request_bad_method {
  stack {
    api.request {
      url = "https://api.example.com"
      method = "FETCH"
    } as $reply
  }
}
