// Catalog example of redis.remove.
task example_redis_remove {
  stack {
    redis.remove {
      key = "jobs"
      value = $cancelled_job
      count = 0
    }
  }
}
