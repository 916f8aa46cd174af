task find_by_id {
  stack {
    db.query user {
      where = $db.user.id = 5
    } as $rows
  }
}
