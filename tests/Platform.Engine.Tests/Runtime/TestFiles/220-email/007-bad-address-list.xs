task bad_list {
  stack {
    util.send_email {
      to = ["ada@example.com", 42]
      subject = "Hi"
      message = "Hi"
    } as $sent
  }
}
