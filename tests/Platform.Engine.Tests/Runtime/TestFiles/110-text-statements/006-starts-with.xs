task starts_with {
  stack {
    var $url { value = "HTTPS://example.com" }
    text.starts_with $url { value = "https://" } as $lower
    text.istarts_with $url { value = "https://" } as $secure
    text.starts_with $url { value = "HTTPS" } as $upper
    return { value = {lower: $lower, secure: $secure, upper: $upper} }
  }
}
