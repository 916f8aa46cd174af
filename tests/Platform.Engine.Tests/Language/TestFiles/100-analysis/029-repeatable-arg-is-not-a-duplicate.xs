task repeat_arg {
  stack {
    db.direct_query {
      sql = "SELECT ?, ?"
      arg = 1
      arg = 2
    } as $rows
  }
}
