// Catalog example of cloud.aws.opensearch.query.
task example_cloud_aws_opensearch_query {
  stack {
    cloud.aws.opensearch.query {
      index = "products"
      payload = {query: {match: {name: $input.q}}}
      size = 20
    } as $hits
  }
}
