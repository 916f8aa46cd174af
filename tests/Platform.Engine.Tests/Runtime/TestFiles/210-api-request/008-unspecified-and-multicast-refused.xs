task never_called {
  stack {
    var $messages { value = [] }
    try_catch {
      try {
        api.request { url = "http://0.0.0.0/" } as $zero
      }
      catch {
        var $messages { value = [$error.message] }
      }
    }
    try_catch {
      try {
        api.request { url = "http://224.0.0.1/" } as $multicast
      }
      catch {
        var $messages { value = [$messages[0], $error.message] }
      }
    }
    return { value = $messages }
  }
}
