task query_unknown_table {
  stack {
    db.query usr {
      where = $db.usr.id == 1
    } as $rows
  }
}
