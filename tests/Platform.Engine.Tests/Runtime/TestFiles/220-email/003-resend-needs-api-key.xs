task resend_without_key {
  stack {
    util.send_email {
      service_provider = "resend"
      from = "reports@example.com"
      to = "ada@example.com"
      subject = "Weekly report"
      message = "Hi"
    } as $sent
  }
}
