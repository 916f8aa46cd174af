task request_bad_timeout {
  stack {
    api.request {
      url = "https://api.example.com"
      timeout = "30s"
    } as $reply
  }
}
