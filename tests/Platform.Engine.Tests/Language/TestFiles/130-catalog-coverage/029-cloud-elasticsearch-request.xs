// Catalog example of cloud.elasticsearch.request.
task example_cloud_elasticsearch_request {
  stack {
    cloud.elasticsearch.request {
      url = $env.SEARCH_URL ~ "/_cat/indices"
      method = "GET"
    } as $indices
  }
}
