task unknown_provider {
  stack {
    util.send_email {
      service_provider = "mailgun"
      to = "ada@example.com"
      subject = "Hi"
      message = "Hi"
    } as $sent
  }
}
