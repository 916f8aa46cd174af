task join_output_eval {
  stack {
    db.query user {
      join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
      eval = {account_title: $db.acc.title, account_created: $db.acc.created_at}
      output = ["id", "account_title", "account_created"]
      return = {type: "single"}
      sort = {"acc.title": "desc"}
    } as $first
    return { value = $first }
  }
}
