task query_all {
  stack {
    db.query user {
      output = ["id", "name", "created_at"]
    } as $rows
    return { value = $rows }
  }
}
