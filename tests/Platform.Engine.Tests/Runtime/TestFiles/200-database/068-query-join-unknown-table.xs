task join_unknown_table {
  stack {
    db.query user {
      join = {acc: {table: "acount", where: $db.acc.id == $db.user.account_id}}
    } as $rows
  }
}
