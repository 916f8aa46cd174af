task unknown_namespace {
  stack {
    mail.send {
      to = "ada@example.com"
    }
  }
}
