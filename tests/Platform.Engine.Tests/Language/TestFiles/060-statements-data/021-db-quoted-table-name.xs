task quoted_table {
  stack {
    db.get "order items" {
      field_value = 1
    } as $line
  }
}
