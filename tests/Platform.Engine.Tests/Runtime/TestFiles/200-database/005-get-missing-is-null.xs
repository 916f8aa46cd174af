task get_missing {
  stack {
    db.get user {
      field_value = 99
    } as $nobody
    db.get user {
      field_value = "2"
      output = ["name"]
    } as $loose
    return { value = {nobody: $nobody, text_id: $loose} }
  }
}
