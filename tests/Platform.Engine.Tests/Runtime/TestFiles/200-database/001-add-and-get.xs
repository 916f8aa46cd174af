task add_and_get {
  stack {
    db.add user {
      data = {name: "Eve", email: "eve@example.com", score: 1.5, last_login: now}
    } as $created
    db.get user {
      field_value = $created.id
    } as $again
    return { value = {created: $created, again: $again} }
  }
}
