task refusal_caught {
  stack {
    try_catch {
      try {
        api.request {
          url = "http://192.168.1.1/"
        } as $response
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    return { value = "still running" }
  }
}
