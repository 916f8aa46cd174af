task unknown_statement {
  stack {
    db.fetch user {
      field_value = 1
    } as $user
  }
}
