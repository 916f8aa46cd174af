task query_like {
  stack {
    db.query user { where = $db.user.email like "%@example.com", output = ["name"] } as $like
    db.query user { where = $db.user.email ilike "%@EXAMPLE.%", output = ["name"] } as $ilike
    db.query user { where = $db.user.name not like "_o_", output = ["name"] } as $not_like
    db.query user { where = $db.user.email not ilike "%ORG", output = ["name"] } as $not_ilike
    return { value = {like: $like, ilike: $ilike, not_like: $not_like, not_ilike: $not_ilike} }
  }
}
