task client_certificate {
  stack {
    api.request {
      url = "https://10.0.0.1/"
      certificate = "-----BEGIN CERTIFICATE-----"
    } as $response
  }
}
