function ternary_where {
  input {
    bool admin
  }

  stack {
    db.query user {
      where = $db.user.role == ($input.admin ? "admin" : "user")
    } as $rows
  }

  response = $rows
}
