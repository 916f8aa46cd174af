task query_json_contains {
  stack {
    db.query user { where = $db.user.meta @> {plan: "pro"}, output = ["name"] } as $pro
    return { value = $pro }
  }
}
