function get_user_no_commas {
  input {
    int user_id
  }

  stack {
    db.get user { field_name = "id" field_value = $input.user_id } as $user
  }

  response = $user
}
