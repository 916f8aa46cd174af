task request_utilities {
  stack {
    util.set_header {
      value = "Cache-Control: no-store"
      duplicates = "replace"
    }
    util.get_raw_input {
      encoding = "json"
    } as $raw
    util.ip_lookup {
      value = "8.8.8.8"
    } as $location
  }
}
