task edit_missing {
  stack {
    db.edit user {
      field_value = 42
      data = {role: "admin"}
    } as $nobody
    return { value = $nobody }
  }
}
