task join_where_names_later_join {
  stack {
    db.query user {
      join = {
        acc: {table: "account", where: $db.acc.id == $db.other.id}
        other: {table: "account", where: $db.other.id == $db.user.account_id}
      }
    } as $rows
  }
}
