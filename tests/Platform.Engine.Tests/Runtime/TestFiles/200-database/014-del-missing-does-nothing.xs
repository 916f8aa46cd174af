task del_missing {
  stack {
    db.del user {
      field_value = 99
    }
    return { value = "done" }
  }
}
