task group_assigns {
  stack {
    group {
      stack {
        var $config {
          value = {retries: 3}
        }
      }
    }
    debug.log {
      value = $config.retries
    }
  }
}
