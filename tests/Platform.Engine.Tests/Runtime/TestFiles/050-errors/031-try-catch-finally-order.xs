task order {
  stack {
    var $steps { value = [] }
    try_catch {
      try {
        var.update $steps { value = $steps|push:"try" }
        throw { name = "Oops" value = "it broke" }
        var.update $steps { value = $steps|push:"never" }
      }
      catch {
        var.update $steps { value = $steps|push:"catch " ~ $error.name ~ ": " ~ $error.message }
      }
      finally {
        var.update $steps { value = $steps|push:"finally" }
      }
    }
    return { value = $steps }
  }
}
