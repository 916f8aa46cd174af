task email_no_subject {
  stack {
    util.send_email {
      message = "Hello"
    } as $email
  }
}
