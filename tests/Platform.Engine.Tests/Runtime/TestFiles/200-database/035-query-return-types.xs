task query_return_types {
  stack {
    db.query user {
      where = $db.user.role == "user"
      sort = {name: "desc"}
      return = {type: "single"}
      output = ["name"]
    } as $single
    db.query user { where = $db.user.role == "user", return = {type: "count"} } as $count
    db.query user { where = $db.user.role == "owner", return = {type: "exists"} } as $exists
    db.query user { where = $db.user.role == "owner", return = {type: "single"} } as $none
    return { value = {single: $single, count: $count, exists: $exists, none: $none} }
  }
}
