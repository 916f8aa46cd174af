task get_output {
  stack {
    db.get user {
      field_value = 1
      output = ["email", "id", "missing"]
    } as $ada
    return { value = $ada }
  }
}
