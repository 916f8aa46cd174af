function lower_email {
  input {
    email email
  }

  stack {
    db.query user {
      where = $db.user.email|to_lower == $input.email|to_lower
    } as $rows
  }

  response = $rows
}
