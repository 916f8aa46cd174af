task upsert_edits {
  stack {
    db.add_or_edit user {
      field_name = "email"
      field_value = "dee@example.com"
      data = {role: "user"}
      output = ["id", "email", "role"]
    } as $dee
    return { value = $dee }
  }
}
