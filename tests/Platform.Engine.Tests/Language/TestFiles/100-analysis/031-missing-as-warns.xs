task missing_as {
  stack {
    security.create_uuid
  }
}
