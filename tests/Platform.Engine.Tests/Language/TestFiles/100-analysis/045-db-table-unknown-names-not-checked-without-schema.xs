task no_schema_check {
  stack {
    db.get table_that_may_not_exist {
      field_value = 1
    } as $row
  }
}
