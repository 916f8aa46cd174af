task metadata_service {
  stack {
    api.request {
      url = "http://169.254.169.254/latest/meta-data/"
      timeout = 2
    } as $response
  }
}
