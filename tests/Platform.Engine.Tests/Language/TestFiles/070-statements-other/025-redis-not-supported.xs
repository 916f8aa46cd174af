task cached_rates {
  stack {
    redis.get {
      key = "rates:EUR"
    } as $rates
    redis.set {
      key = "rates:EUR"
      data = {usd: 1.1}
      ttl = 3600
    }
  }
}
