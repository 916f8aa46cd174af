task comment_characters {
  stack {
    // a "quoted" word, a 'single' one and a url: https://example.com/a//b
    var $url {
      value = "https://example.com/a//b"
    }
  }
}
