task join_without_where {
  stack {
    db.query user {
      join = {acc: {table: "account", type: "left"}}
    } as $rows
  }
}
