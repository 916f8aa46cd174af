task query_in {
  stack {
    db.query user { where = $db.user.role in ["admin", "guest"], output = ["name"] } as $in
    db.query user { where = $db.user.role not in ["admin", "guest"], output = ["name"] } as $not_in
    return { value = {in: $in, not_in: $not_in} }
  }
}
