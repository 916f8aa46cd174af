// Catalog example of redis.decr.
task example_redis_decr {
  stack {
    redis.decr {
      key = "credits:" ~ $user.id
      by = 5
    } as $credits_left
  }
}
