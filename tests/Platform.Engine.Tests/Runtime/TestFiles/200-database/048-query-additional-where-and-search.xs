task additional_where {
  stack {
    db.query user {
      search = $db.user.active == true
      additional_where = $db.user.role != "admin"
      output = ["name"]
    } as $rows
    return { value = $rows }
  }
}
