function get_user {
  input {
    email email
  }

  stack {
    db.get user {
      field_name = "email"
      field_value = $input.email
      output = ["id", "email", "name"]
    } as $user
  }

  response = $user
}
