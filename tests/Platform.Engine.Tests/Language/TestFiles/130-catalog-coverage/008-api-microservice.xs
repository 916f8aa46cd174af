// Catalog example of api.microservice.
task example_api_microservice {
  stack {
    api.microservice {
      host = "inventory"
      path = "/stock"
      method = "GET"
      params = {sku: $input.sku}
    } as $stock
  }
}
