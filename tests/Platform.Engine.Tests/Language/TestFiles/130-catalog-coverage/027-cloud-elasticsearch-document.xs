// Catalog example of cloud.elasticsearch.document.
task example_cloud_elasticsearch_document {
  stack {
    cloud.elasticsearch.document {
      base_url = $env.SEARCH_URL
      index = "products"
      method = "PUT"
      doc_id = $product.id
      doc = $product
    } as $indexed
  }
}
