task email_bad_provider {
  stack {
    util.send_email {
      service_provider = "mailgun"
      subject = "Hi"
      message = "Hello"
    } as $email
  }
}
