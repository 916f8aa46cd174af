task disabled_missing_as {
  stack {
    !security.create_uuid
  }
}
