// Catalog example of redis.count.
task example_redis_count {
  stack {
    redis.count {
      key = "jobs"
    } as $pending_jobs
  }
}
