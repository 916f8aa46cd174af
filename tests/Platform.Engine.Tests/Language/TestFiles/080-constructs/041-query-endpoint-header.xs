query "users/{user_id}" verb=GET {
  api_group = "account"
  auth = "user"
  input {
    int user_id
  }

  stack {
    db.get user {
      field_value = $input.user_id
    } as $user
  }

  response = $user
}
