function tilde_in_where {
  input {
    text prefix
  }

  stack {
    db.query user {
      where = $db.user.code ~ "^" ~ $input.prefix
    } as $rows
  }

  response = $rows
}
