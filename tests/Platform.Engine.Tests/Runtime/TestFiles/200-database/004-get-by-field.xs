task get_by_field {
  stack {
    db.get user {
      field_name = "email"
      field_value = "bob@example.com"
    } as $bob
    return { value = $bob }
  }
}
