function find_by_email {
  input {
    email email
  }

  stack {
    db.query user {
      where = $db.user.email == $input.email
    } as $rows
  }

  response = $rows
}
