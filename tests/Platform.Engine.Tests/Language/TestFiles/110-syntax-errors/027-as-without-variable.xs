task as_nothing {
  stack {
    security.create_uuid as
  }
}
