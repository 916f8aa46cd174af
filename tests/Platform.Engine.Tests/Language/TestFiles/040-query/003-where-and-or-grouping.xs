task active_admins {
  stack {
    db.query user {
      where = $db.user.active && ($db.user.role == "admin" || $db.user.role == "owner")
    } as $rows
  }
}
