task random_values {
  stack {
    security.create_uuid as $request_id
    security.random_number {
      min = 100000
      max = 999999
    } as $code
    security.random_bytes {
      length = 16
    } as $salt
  }
}
