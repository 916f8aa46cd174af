task query_equal {
  stack {
    db.query user {
      where = $db.user.role == "user" && $db.user.active = true
      output = ["id", "name"]
    } as $rows
    return { value = $rows }
  }
}
