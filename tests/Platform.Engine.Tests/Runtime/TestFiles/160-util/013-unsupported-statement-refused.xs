// A statement this server does not run (here redis.*) stops the script before it starts — nothing is logged —
// with the analyzer's diagnostic at the statement.
task unsupported_refused {
  stack {
    debug.log {
      value = "never runs"
    }
    redis.set {
      key = "rates"
      data = {eur: 1}
    }
  }
}
