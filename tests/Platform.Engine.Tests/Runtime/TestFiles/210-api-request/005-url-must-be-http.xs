task bad_url {
  stack {
    api.request {
      url = "file:///etc/passwd"
    } as $response
  }
}
