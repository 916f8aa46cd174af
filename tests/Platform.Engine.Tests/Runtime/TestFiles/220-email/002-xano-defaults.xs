task xano_defaults {
  stack {
    util.send_email {
      to = "ada@example.com, bob@example.com"
      subject = "Hello"
      message = "Plain text is fine too."
    } as $sent
    return { value = $sent }
  }
}
