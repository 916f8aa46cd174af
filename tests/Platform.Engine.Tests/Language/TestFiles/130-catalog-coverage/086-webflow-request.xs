// Catalog example of webflow.request.
task example_webflow_request {
  stack {
    webflow.request {
      path = "/collections/6512ab/items"
      method = "GET"
    } as $items
  }
}
