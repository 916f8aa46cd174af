task uuids {
  stack {
    security.create_uuid as $first
    security.create_uuid as $second
    debug.log { value = $first }
    debug.log { value = $second }
    debug.log { value = $first == $second }
    // The filter and the statement draw from the same seeded randomness.
    debug.log { value = (|uuid) }
    return { value = $first|url_encode }
  }
}
