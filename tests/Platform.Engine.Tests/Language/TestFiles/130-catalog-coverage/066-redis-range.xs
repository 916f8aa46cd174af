// Catalog example of redis.range.
task example_redis_range {
  stack {
    redis.range {
      key = "recent_events"
      start = 0
      stop = 9
    } as $latest_events
  }
}
