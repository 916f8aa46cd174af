task return_types {
  stack {
    db.query user {
      where = $db.user.active
      return = {type: "count"}
    } as $active_count
    db.query user {
      where = $db.user.email == "ada@example.com"
      return = {type: "exists"}
    } as $exists
    db.query user {
      return = {type: "single"}
    } as $first_user
  }
}
