task query_search {
  stack {
    db.query user { where = $db.user.email search "bob", output = ["name"] } as $found
    return { value = $found }
  }
}
