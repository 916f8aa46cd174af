query "users" verb=FETCH {
  api_group = "account"
  stack {
    debug.log {
      value = "x"
    }
  }
}
