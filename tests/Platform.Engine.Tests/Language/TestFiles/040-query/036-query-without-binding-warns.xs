task discarded_query {
  stack {
    db.query user {
      where = $db.user.active
    }
  }
}
