task loopback_ipv6 {
  stack {
    api.request {
      url = "http://[::1]:8080/admin"
      method = "POST"
      params = {command: "shutdown"}
    } as $response
  }
}
