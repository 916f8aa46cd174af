task resend_all {
  stack {
    util.send_email {
      service_provider = "resend"
      api_key = $env.API_KEY
      from = "Reports <reports@example.com>"
      to = ["ada@example.com", "bob@example.com"]
      cc = ["boss@example.com"]
      bcc = ["audit@example.com"]
      reply_to = "help@example.com"
      subject = "Weekly report"
      message = "<p>All good.</p>"
      scheduled_at = 1736942400000
    } as $sent
    return { value = $sent }
  }
}
