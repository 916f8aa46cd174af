task query_regex {
  stack {
    db.query user { where = $db.user.name ~ "^[AB]", output = ["name"] } as $matches
    db.query user { where = $db.user.email !~ "example\\.com$", output = ["name"] } as $not_matches
    return { value = {matches: $matches, not_matches: $not_matches} }
  }
}
