task join_left_eval {
  stack {
    db.query user {
      join = {acc: {table: "account", type: "left", where: $db.acc.id == $db.user.account_id}}
      eval = {account_title: $db.acc.title}
    } as $rows
    return { value = $rows }
  }
}
