task as_no_dollar {
  stack {
    security.create_uuid as request_id
    debug.log {
      value = $request_id
    }
  }
}
