// Catalog example of redis.shift.
task example_redis_shift {
  stack {
    redis.shift {
      key = "jobs"
    } as $next_job
  }
}
