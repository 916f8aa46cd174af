task request_no_url {
  stack {
    api.request {
      method = "GET"
    } as $reply
  }
}
