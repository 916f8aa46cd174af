task unterminated_block {
  stack {
    var $body {
      value = """
        never closed
    }
  }
}
