task query_json_path {
  stack {
    db.query user {
      where = $db.user.meta.plan == "pro" && $db.user.meta.seats > 2
      output = ["name"]
    } as $rows
    return { value = $rows }
  }
}
