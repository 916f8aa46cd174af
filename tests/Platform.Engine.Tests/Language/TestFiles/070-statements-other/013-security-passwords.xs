task password_tools {
  stack {
    security.create_password {
      character_count = 16
      require_symbol = true
    } as $temporary
    security.check_password {
      text_password = $temporary
      hash_password = "$2y$10$abcdefghijklmnopqrstuv"
    } as $matches
  }
}
