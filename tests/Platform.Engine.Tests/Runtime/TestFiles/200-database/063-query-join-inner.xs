task join_inner {
  stack {
    db.query user {
      join = {acc: {table: "account", type: "inner", where: $db.acc.id == $db.user.account_id}}
      sort = {id: "asc"}
    } as $rows
    return { value = $rows|map:$$.name }
  }
}
