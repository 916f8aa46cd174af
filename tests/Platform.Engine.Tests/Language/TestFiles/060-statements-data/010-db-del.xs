task delete_session {
  stack {
    db.del session {
      field_value = 12
    }
  }
}
