task ignores_id {
  stack {
    db.add user {
      data = {id: 99, name: "Eve", created_at: 0}
    } as $created
    return { value = $created }
  }
}
