function email_taken {
  input {
    email email
  }

  stack {
    db.has user {
      field_name = "email"
      field_value = $input.email
    } as $email_taken
  }

  response = $email_taken
}
