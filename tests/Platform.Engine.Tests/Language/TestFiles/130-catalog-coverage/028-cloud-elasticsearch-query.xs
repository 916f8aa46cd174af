// Catalog example of cloud.elasticsearch.query.
task example_cloud_elasticsearch_query {
  stack {
    cloud.elasticsearch.query {
      index = "products"
      payload = {query: {match: {name: $input.q}}}
      size = 20
    } as $hits
  }
}
