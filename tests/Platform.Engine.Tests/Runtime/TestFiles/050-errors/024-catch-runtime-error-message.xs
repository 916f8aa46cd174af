task catch_runtime {
  stack {
    try_catch {
      try {
        var $r { value = 1 / 0 }
      }
      catch {
        return { value = $error.code ~ ": " ~ $error.message }
      }
    }
  }
}
