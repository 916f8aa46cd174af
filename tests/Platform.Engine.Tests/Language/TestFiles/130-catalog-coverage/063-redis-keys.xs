// Catalog example of redis.keys.
task example_redis_keys {
  stack {
    redis.keys {
      search = "rates:*"
    } as $rate_keys
  }
}
