task no_recipient {
  stack {
    util.send_email {
      service_provider = "resend"
      api_key = "abc123"
      from = "reports@example.com"
      to = []
      subject = "Weekly report"
      message = "Hi"
    } as $sent
  }
}
