task lock_text {
  stack {
    db.get user {
      field_value = 1
      lock = "yes"
    } as $user
  }
}
