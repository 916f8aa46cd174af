task join_where_joined_field {
  stack {
    db.query user {
      join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
      where = $db.acc.plan == "pro" && $db.user.name != "Dee"
      eval = {account_id_joined: $db.acc.id, title_upper: $db.acc.title|to_upper}
    } as $pro
    db.query user {
      join = {acc: {table: "account", type: "left", where: $db.acc.id == $db.user.account_id}}
      where = $db.acc.id == null
    } as $without_account
    return { value = {pro: $pro, without_account: $without_account|map:$$.name} }
  }
}
