// Catalog example of redis.pop.
task example_redis_pop {
  stack {
    redis.pop {
      key = "jobs"
    } as $last_job
  }
}
