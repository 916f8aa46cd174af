task legacy_search {
  stack {
    db.query user {
      search = $db.user.last_login <= ("now"|timestamp_subtract_months:1)
    } as $rows
  }
}
