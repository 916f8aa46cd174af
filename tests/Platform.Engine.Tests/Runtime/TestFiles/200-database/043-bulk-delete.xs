task bulk_delete {
  stack {
    db.bulk.delete user {
      where = $db.user.role == "user" || $db.user.age > 40
    } as $deleted
    return { value = $deleted }
  }
}
