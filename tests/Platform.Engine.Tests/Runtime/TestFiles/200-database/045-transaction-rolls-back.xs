task transaction_rolls_back {
  stack {
    try_catch {
      try {
        db.transaction {
          stack {
            db.edit user { field_value = 1, data = {age: 99} } as $ada
            db.add user { data = {name: "Eve"} } as $eve
            db.del user { field_value = 2 }
            throw { name = "Abort" value = "not today" }
          }
        }
      }
      catch {
        debug.log { value = "rolled back: " ~ $error.message }
      }
    }
    db.get user { field_value = 1, output = ["age"] } as $ada
    db.query user { return = {type: "count"} } as $count
    return { value = {ada: $ada, count: $count} }
  }
}
