task regex_match {
  stack {
    db.query user {
      where = $db.user.email ~ "^admin@" && $db.user.name !~ "[0-9]"
    } as $rows
  }
}
