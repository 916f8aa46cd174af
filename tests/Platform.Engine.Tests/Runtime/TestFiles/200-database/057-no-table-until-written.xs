task no_table {
  stack {
    db.get user {
      field_value = 1
    } as $user
  }
}
