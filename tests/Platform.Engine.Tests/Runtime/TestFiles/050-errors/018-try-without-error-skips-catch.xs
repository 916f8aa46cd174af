task no_error {
  stack {
    var $path { value = [] }
    try_catch {
      try {
        var.update $path[0] { value = "try" }
      }
      catch {
        var.update $path[1] { value = "catch" }
      }
    }
    return { value = $path }
  }
}
