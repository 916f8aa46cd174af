// Catalog example of redis.del.
task example_redis_del {
  stack {
    redis.del {
      key = "lock:import"
    }
  }
}
