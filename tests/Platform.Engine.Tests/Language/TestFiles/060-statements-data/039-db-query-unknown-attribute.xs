task unknown_query_attribute {
  stack {
    db.query user {
      where = $db.user.active
      order = [{field: "name"}]
    } as $users
  }
}
