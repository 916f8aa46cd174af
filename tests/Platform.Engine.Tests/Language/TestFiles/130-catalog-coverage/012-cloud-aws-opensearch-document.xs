// Catalog example of cloud.aws.opensearch.document.
task example_cloud_aws_opensearch_document {
  stack {
    cloud.aws.opensearch.document {
      base_url = $env.SEARCH_URL
      index = "products"
      method = "PUT"
      doc_id = $product.id
      doc = $product
    } as $indexed
  }
}
