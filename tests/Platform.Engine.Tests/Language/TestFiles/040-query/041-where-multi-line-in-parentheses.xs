task multi_line_where_paren {
  stack {
    db.query user {
      where = (
        $db.user.active
        && $db.user.verified
        && $db.user.age >= 18
      )
    } as $rows
  }
}
