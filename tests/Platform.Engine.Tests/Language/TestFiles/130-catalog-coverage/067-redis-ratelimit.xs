// Catalog example of redis.ratelimit.
task example_redis_ratelimit {
  stack {
    redis.ratelimit {
      key = "login:" ~ $input.email
      max = 5
      ttl = 60
      error = "Too many login attempts."
    } as $rate
  }
}
