// Catalog example of api.stream.
task example_api_stream {
  stack {
    api.stream {
      value = $chunk
    }
  }
}
