task weekly_email {
  stack {
    util.send_email {
      service_provider = "resend"
      api_key = $env.RESEND_API_KEY
      from = "reports@example.com"
      to = "ada@example.com"
      subject = "Your weekly report"
      message = "All good."
      cc = []
      bcc = []
    } as $email
  }
}
