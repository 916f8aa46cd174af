task name_patterns {
  stack {
    db.query user {
      where = $db.user.name like "Ada%" || $db.user.email ilike "%@EXAMPLE.COM" || $db.user.name not like "%bot" || $db.user.name not ilike "test%"
    } as $rows
  }
}
