task transaction_commits {
  stack {
    db.transaction {
      stack {
        db.edit user { field_value = 1, data = {age: 37} } as $ada
        db.add user { data = {name: "Eve"} } as $eve
      }
    }
    db.query user { return = {type: "count"} } as $count
    return { value = $count }
  }
}
