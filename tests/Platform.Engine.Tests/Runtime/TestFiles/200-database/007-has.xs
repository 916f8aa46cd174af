task has {
  stack {
    db.has user {
      field_name = "email"
      field_value = "cy@Example.org"
    } as $cy
    db.has user {
      field_name = "email"
      field_value = "cy@example.org"
    } as $lower
    return { value = [$cy, $lower] }
  }
}
