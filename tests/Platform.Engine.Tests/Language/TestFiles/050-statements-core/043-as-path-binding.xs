task as_path {
  stack {
    var $ids {
      value = {}
    }
    security.create_uuid as $ids.request
  }
}
