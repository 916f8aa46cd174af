task missing_table {
  stack {
    db.get {
      field_value = 1
    } as $row
  }
}
