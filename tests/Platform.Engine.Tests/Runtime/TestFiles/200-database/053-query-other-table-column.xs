task other_table {
  stack {
    db.query user {
      where = $db.order.total > 10
    } as $rows
  }
}
