// Catalog example of redis.has.
task example_redis_has {
  stack {
    redis.has {
      key = "lock:import"
    } as $import_running
  }
}
