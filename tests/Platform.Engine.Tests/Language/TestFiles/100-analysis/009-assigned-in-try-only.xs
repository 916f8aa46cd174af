task try_only {
  stack {
    try_catch {
      try {
        api.request {
          url = "https://api.example.com/ping"
        } as $ping
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    debug.log {
      value = $ping
    }
  }
}
