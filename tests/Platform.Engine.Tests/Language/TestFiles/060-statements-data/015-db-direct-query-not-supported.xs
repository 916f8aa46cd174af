task direct_sql {
  stack {
    db.direct_query {
      sql = "SELECT id FROM users WHERE status = ? AND created_at > ?"
      response_type = "list"
      arg = "active"
      arg = 1700000000000
    } as $rows
  }
}
