task join_sort_joined_field {
  stack {
    db.query user {
      join = {acc: {table: "account", type: "left", where: $db.acc.id == $db.user.account_id}}
      sort = {"acc.title": "desc", "user.name": "asc"}
      eval = {title: $db.acc.title}
      output = ["name", "title"]
    } as $by_title
    db.query user {
      join = {acc: {table: "account", type: "left", where: $db.acc.id == $db.user.account_id}}
      eval = {plan: $db.acc.plan}
      sort = {plan: "asc", id: "desc"}
      output = ["id", "plan"]
    } as $by_eval
    return { value = {by_title: $by_title, by_eval: $by_eval} }
  }
}
