task query_includes {
  stack {
    db.query user { where = $db.user.email includes "EXAMPLE.COM", output = ["name"] } as $com
    db.query user { where = $db.user.email not includes "example.com", output = ["name"] } as $other
    return { value = {com: $com, other: $other} }
  }
}
