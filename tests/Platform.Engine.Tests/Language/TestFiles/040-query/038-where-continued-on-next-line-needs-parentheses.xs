task multi_line_where {
  stack {
    db.query user {
      where = $db.user.active
        && $db.user.verified
        && $db.user.age >= 18
    } as $rows
  }
}
