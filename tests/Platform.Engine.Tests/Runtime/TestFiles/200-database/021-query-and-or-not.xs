task query_logic {
  stack {
    db.query user {
      where = ($db.user.role == "user" || $db.user.age > 40) && $db.user.active == true
      output = ["name"]
    } as $either
    db.query user {
      where = !($db.user.role == "user")
      output = ["name"]
    } as $negated
    return { value = {either: $either, negated: $negated} }
  }
}
