// Catalog example of redis.push.
task example_redis_push {
  stack {
    redis.push {
      key = "jobs"
      value = $job
    } as $queue_length
  }
}
