// Catalog example of cloud.aws.opensearch.request.
task example_cloud_aws_opensearch_request {
  stack {
    cloud.aws.opensearch.request {
      url = $env.SEARCH_URL ~ "/_cat/indices"
      method = "GET"
    } as $indices
  }
}
