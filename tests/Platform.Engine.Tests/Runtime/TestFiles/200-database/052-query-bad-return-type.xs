task bad_return {
  stack {
    db.query user {
      return = {type: "table"}
    } as $rows
  }
}
