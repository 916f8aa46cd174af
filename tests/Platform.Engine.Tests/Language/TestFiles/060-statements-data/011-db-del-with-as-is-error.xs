task delete_with_as {
  stack {
    db.del session {
      field_value = 12
    } as $deleted
  }
}
