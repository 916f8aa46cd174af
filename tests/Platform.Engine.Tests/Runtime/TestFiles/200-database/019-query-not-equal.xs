task query_not_equal {
  stack {
    db.query user {
      where = $db.user.role != "user"
      output = ["id", "name"]
    } as $rows
    return { value = $rows }
  }
}
