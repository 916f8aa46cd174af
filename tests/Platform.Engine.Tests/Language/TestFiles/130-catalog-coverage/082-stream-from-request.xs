// Catalog example of stream.from_request.
task example_stream_from_request {
  stack {
    stream.from_request {
      url = "https://api.example.com/export"
      method = "GET"
    } as $lines
  }
}
