// Catalog example of redis.incr.
task example_redis_incr {
  stack {
    redis.incr {
      key = "visits:" ~ $page.id
      by = 1
    } as $visits
  }
}
