task trimmed_name {
  stack {
    db.query user {
      where = $db.user.name|trim == "Ada"
    } as $rows
  }
}
