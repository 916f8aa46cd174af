task json_contains {
  stack {
    db.query user {
      where = $db.user.settings @> {theme: "dark"}
    } as $rows
  }
}
