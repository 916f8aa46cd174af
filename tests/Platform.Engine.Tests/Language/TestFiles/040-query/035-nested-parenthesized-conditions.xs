task nested_groups {
  stack {
    db.query user {
      where = (($db.user.a == 1 || $db.user.b == 2) && ($db.user.c == 3 || $db.user.d == 4)) || $db.user.e
    } as $rows
  }
}
