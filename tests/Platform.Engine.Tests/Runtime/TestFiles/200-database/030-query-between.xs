task query_between {
  stack {
    db.query user { where = $db.user.age between 30:40, output = ["name"] } as $between
    db.query user { where = $db.user.age not between 30:40, output = ["name"] } as $outside
    return { value = {between: $between, outside: $outside} }
  }
}
