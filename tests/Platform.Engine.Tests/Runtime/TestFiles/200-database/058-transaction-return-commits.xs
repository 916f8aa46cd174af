task transaction_return {
  stack {
    db.transaction {
      stack {
        db.add user { data = {name: "Eve"} } as $eve
        return { value = $eve.id }
      }
    }
  }
}
