task catch_swallow {
  stack {
    try_catch {
      try {
        throw { name = "Ignored" value = "x" }
      }
      catch {
      }
    }
    return { value = "continued" }
  }
}
