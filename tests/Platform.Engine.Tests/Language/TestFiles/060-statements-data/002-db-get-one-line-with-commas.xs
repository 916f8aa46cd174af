function get_user_inline {
  input {
    int user_id
  }

  stack {
    db.get user { field_name = "id", field_value = $input.user_id } as $user
  }

  response = $user
}
