task describe_email {
  stack {
    db.schema user {
      path = "email"
    } as $email_column
  }
}
