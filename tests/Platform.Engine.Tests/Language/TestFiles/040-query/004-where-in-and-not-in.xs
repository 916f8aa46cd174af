task role_filter {
  stack {
    db.query user {
      where = $db.user.role in ["admin", "owner"] && $db.user.status not in ["banned"]
    } as $rows
  }
}
