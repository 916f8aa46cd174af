// Catalog example of util.get_input.
task example_util_get_input {
  stack {
    util.get_input {
      encoding = "json"
    } as $body
  }
}
