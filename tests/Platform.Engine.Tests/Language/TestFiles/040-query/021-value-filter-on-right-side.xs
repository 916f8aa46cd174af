function value_side_filter {
  input {
    email email
  }

  stack {
    db.query user {
      where = $db.user.email == ($input.email|trim|to_lower)
    } as $rows
  }

  response = $rows
}
