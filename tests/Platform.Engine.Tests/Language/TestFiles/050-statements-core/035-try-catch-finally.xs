task try_catch_finally {
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
      finally {
        debug.log {
          value = "ping attempted"
        }
      }
    }
  }
}
