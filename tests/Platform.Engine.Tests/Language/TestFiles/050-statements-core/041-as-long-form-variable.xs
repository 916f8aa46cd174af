task as_long_form {
  stack {
    security.create_uuid as $var.request_id
    debug.log {
      value = $request_id
    }
  }
}
