task del {
  stack {
    db.del user {
      field_value = 1
    }
    db.del user {
      field_name = "email"
      field_value = "dee@example.com"
    }
    db.has user {
      field_value = 1
    } as $still
    return { value = $still }
  }
}
