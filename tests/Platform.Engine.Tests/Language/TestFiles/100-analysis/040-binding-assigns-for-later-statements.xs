task binding_assigns {
  stack {
    security.create_uuid as $id
    debug.log {
      value = $id
    }
  }
}
