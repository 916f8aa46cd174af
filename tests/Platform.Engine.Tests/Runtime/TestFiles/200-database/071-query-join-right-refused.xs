task join_right_refused {
  stack {
    db.query user {
      join = {acc: {table: "account", type: "right", where: $db.acc.id == $db.user.account_id}}
    } as $rows
  }
}
