function ternary_where_bare {
  input {
    bool admin
  }

  stack {
    db.query user {
      where = $input.admin ? $db.user.admin : true
    } as $rows
  }

  response = $rows
}
