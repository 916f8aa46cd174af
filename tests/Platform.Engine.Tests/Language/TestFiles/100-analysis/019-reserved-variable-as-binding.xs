task reserved_binding {
  stack {
    security.create_uuid as $auth
    util.get_env as $this
  }
}
