task query_contains {
  stack {
    db.query user { where = $db.user.tags contains "a", output = ["name"] } as $has_a
    db.query user { where = $db.user.tags not contains "a", output = ["name"] } as $no_a
    return { value = {has_a: $has_a, no_a: $no_a} }
  }
}
