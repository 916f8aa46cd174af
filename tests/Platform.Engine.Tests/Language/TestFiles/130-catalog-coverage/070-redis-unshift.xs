// Catalog example of redis.unshift.
task example_redis_unshift {
  stack {
    redis.unshift {
      key = "jobs"
      value = $urgent_job
    } as $queue_length
  }
}
