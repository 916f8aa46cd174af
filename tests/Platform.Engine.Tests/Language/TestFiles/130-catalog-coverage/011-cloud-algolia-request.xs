// Catalog example of cloud.algolia.request.
task example_cloud_algolia_request {
  stack {
    cloud.algolia.request {
      application_id = $env.ALGOLIA_APP_ID
      api_key = $env.ALGOLIA_KEY
      url = "/1/indexes/products/query"
      method = "POST"
      payload = {query: $input.q}
    } as $hits
  }
}
